/**
 * Words that make a capitalised name an organisation: legal suffixes ("Inc", "Ltd") and head
 * nouns of institutions ("Ministry", "Party", "University"). Hand-compiled from common English
 * usage and the legal-form suffixes of company registers; lower case, periods removed.
 */

/** Last word of an organisation's name ("Acme Corp", "Chinese Communist Party"). */
export const ORGANIZATION_SUFFIXES: readonly string[] = [
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'cos', 'ltd', 'limited', 'llc',
  'llp', 'lp', 'plc', 'ag', 'gmbh', 'sa', 'nv', 'bv', 'spa', 'ab', 'as', 'oy', 'kk', 'pty', 'srl',
  'holdings', 'holding', 'group', 'partners', 'associates', 'enterprises', 'industries', 'bank',
  'bancorp', 'trust', 'capital', 'securities', 'investments', 'insurance', 'airlines', 'airways',
  'motors', 'systems', 'technologies', 'technology', 'software', 'communications', 'telecom',
  'energy', 'petroleum', 'oil', 'gas', 'pharmaceuticals', 'labs', 'laboratories', 'media',
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'press', 'daily', 'agency',
  'ministry', 'department', 'office', 'bureau', 'service', 'services', 'council', 'committee',
  'commission', 'board', 'authority', 'administration', 'assembly', 'parliament', 'congress',
  'senate', 'court', 'party', 'front', 'movement', 'alliance', 'coalition', 'union', 'federation',
  'confederation', 'association', 'society', 'institute', 'institution', 'foundation', 'fund',
  'organisation', 'organization', 'university', 'college', 'school', 'academy', 'hospital',
  'church', 'club', 'fc', 'afc', 'united', 'rovers', 'wanderers', 'athletic', 'city', 'team',
  'army', 'navy', 'police', 'guard', 'forces', 'brigade', 'brigades', 'exchange', 'network',
  'television', 'radio', 'broadcasting', 'reuters', 'centre', 'center', 'reserve', 'secretariat',
  'government', 'cabinet', 'league', 'brothers', 'stores', 'foods', 'chemicals', 'electric',
  'electronics', 'mining', 'steel', 'railways', 'railway', 'shipping', 'hotels', 'group',
];

/** First word of an organisation's name when "of" follows ("Ministry of State Security"). */
export const ORGANIZATION_HEADS: readonly string[] = [
  'ministry', 'department', 'bank', 'university', 'bureau', 'office', 'council', 'committee',
  'commission', 'court', 'house', 'chamber', 'league', 'federation', 'association', 'union',
  'institute', 'academy', 'college', 'school', 'board', 'party', 'church', 'order', 'society',
  'organisation', 'organization', 'agency', 'army', 'navy', 'corps', 'government', 'parliament',
  'congress', 'senate', 'assembly', 'treasury', 'fund', 'foundation', 'center', 'centre',
];

/**
 * Organisations usually written as acronyms or one word, that no suffix reveals. Hand-compiled
 * list of well-known international bodies, agencies, newswires and parties.
 */
export const KNOWN_ORGANIZATIONS: readonly string[] = [
  'UN', 'U.N.', 'NATO', 'EU', 'E.U.', 'IMF', 'WTO', 'WHO', 'OPEC', 'OECD', 'ASEAN', 'UNESCO',
  'UNICEF', 'UNHCR', 'FIFA', 'UEFA', 'IOC', 'ICC', 'IAEA', 'Interpol', 'Europol', 'CIA', 'FBI',
  'NSA', 'KGB', 'FSB', 'GRU', 'MI5', 'MI6', 'Mossad', 'Pentagon', 'Kremlin', 'NASA', 'SEC',
  'FDA', 'EPA', 'Fed', 'ECB', 'BBC', 'CNN', 'CBS', 'NBC', 'ABC', 'AP', 'AFP', 'Reuters',
  'Bloomberg', 'Xinhua', 'Tass', 'Itar-Tass', 'Interfax', 'Google', 'Microsoft', 'Apple',
  'Amazon', 'Facebook', 'Meta', 'Twitter', 'Huawei', 'Tencent', 'Alibaba', 'Samsung', 'Sony',
  'Toyota', 'Boeing', 'Airbus', 'Hamas', 'Hezbollah', 'Taliban', 'PLO', 'IRA', 'ANC', 'PKK',
  'Labour', 'Tories', 'Democrats', 'Republicans', 'GOP', 'Nasdaq', 'Bundesbank', 'Bundestag',
  'Knesset', 'Duma', 'Commons', 'Congress', 'Senate', 'Parliament', 'Cabinet', 'Politburo',
  'Red Cross', 'Greenpeace', 'Amnesty International', 'World Bank', 'White House',
  'European Union', 'United Nations', 'European Commission', 'Security Council', 'G7', 'G20',
];
