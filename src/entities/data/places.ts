/**
 * Places that are neither countries nor cities: continents, regions, US states, provinces and
 * the nations of the United Kingdom, plus words that make a capitalised name a place. Hand-
 * compiled from public lists of administrative divisions and common English geography terms.
 */
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America',
  'Antarctica', 'Oceania', 'Middle East', 'Near East', 'Far East', 'Eurasia', 'Scandinavia',
  'Balkans', 'Caucasus', 'Siberia', 'Gulf', 'Persian Gulf', 'Mediterranean', 'Caribbean',
  'Pacific', 'Atlantic', 'Arctic', 'Sahara', 'Sahel', 'Kashmir', 'Tibet', 'Xinjiang', 'Crimea',
  'Chechnya', 'Kurdistan', 'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Sinai', 'Punjab',
  'Bavaria', 'Catalonia', 'Flanders', 'Wallonia', 'Quebec', 'Ontario', 'Alberta',
  'British Columbia', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland',
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Ulster', 'Cornwall', 'Yorkshire',
  'Bedfordshire', 'Berkshire', 'Buckinghamshire', 'Cambridgeshire', 'Cheshire', 'Cumbria',
  'Derbyshire', 'Devon', 'Dorset', 'Durham', 'Essex', 'Gloucestershire', 'Hampshire',
  'Herefordshire', 'Hertfordshire', 'Kent', 'Lancashire', 'Leicestershire', 'Lincolnshire',
  'Middlesex', 'Norfolk', 'Northamptonshire', 'Northumberland', 'Nottinghamshire', 'Oxfordshire',
  'Rutland', 'Shropshire', 'Somerset', 'Staffordshire', 'Suffolk', 'Surrey', 'Sussex',
  'Warwickshire', 'Wiltshire', 'Worcestershire', 'Glamorgan', 'Gwent', 'Dyfed', 'Fife',
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
  'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
  'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
  'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam',
  'Hong Kong', 'Macau', 'Macao', 'Taiwan', 'Soviet Union', 'USSR', 'Yugoslavia', 'Bosnia',
  'Herzegovina', 'Kosovo', 'Transylvania', 'Silicon Valley', 'Wall Street', 'Brooklyn',
  'Manhattan', 'Queens', 'Bronx', 'Hollywood', 'Normandy', 'Brittany', 'Provence', 'Tuscany',
  'Sicily', 'Sardinia', 'Corsica', 'Andalusia', 'Galicia', 'Basque Country', 'Anatolia',
  'Mindanao', 'Borneo', 'Sumatra', 'Java', 'Bali', 'Hokkaido', 'Okinawa', 'Kyushu', 'Tasmania',
  'Queensland', 'New South Wales', 'Victoria', 'Western Australia', 'Siberia', 'Ural', 'Urals',
  'Himalayas', 'Alps', 'Andes', 'Amazon', 'Nile', 'Danube', 'Rhine', 'Thames', 'Mekong', 'Yangtze',
];

/** Last words that make a name a place ("Red River", "Kent County", "Baker Street"). */
export const PLACE_SUFFIXES: readonly string[] = [
  'river', 'lake', 'sea', 'ocean', 'bay', 'gulf', 'strait', 'straits', 'island', 'islands',
  'isles', 'peninsula', 'mountain', 'mountains', 'mount', 'hills', 'valley', 'desert', 'coast',
  'province', 'county', 'district', 'region', 'prefecture', 'territory', 'territories', 'oblast',
  'republic', 'kingdom', 'emirates', 'street', 'avenue', 'road', 'square', 'boulevard', 'airport',
  'harbour', 'harbor', 'port', 'canal', 'beach', 'park', 'heights', 'springs', 'falls', 'plateau',
];

/** First words that make a name a place ("Mount Everest", "Lake Geneva"). */
export const PLACE_HEADS: readonly string[] = ['mount', 'lake', 'cape', 'port', 'fort', 'gulf', 'isle', 'st', 'san', 'santa'];

/** Compass words that keep a place a place ("North Korea", "South Africa", "East Timor"). */
export const COMPASS: readonly string[] = ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new'];
