/**
 * Titles, ranks and roles written before a person's name ("President Bill Clinton", "Navy Capt.
 * Jeff Davis", "spokesperson Mao Ning"). They are not part of the name, and a name right after
 * one is a person. Hand-compiled from common English newswire usage; lower case, periods removed.
 */
export const TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev',
  'reverend', 'father', 'sister', 'brother', 'pope', 'saint', 'rabbi', 'imam', 'sheikh', 'cardinal',
  'archbishop', 'bishop', 'president', 'vice', 'premier', 'chancellor', 'minister', 'secretary',
  'prime', 'deputy', 'governor', 'mayor', 'senator', 'sen', 'rep', 'representative', 'congressman',
  'congresswoman', 'ambassador', 'envoy', 'judge', 'justice', 'attorney', 'general', 'gen', 'lt',
  'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cmdr', 'commander', 'admiral', 'adm', 'sgt',
  'sergeant', 'corporal', 'cpl', 'private', 'officer', 'inspector', 'detective', 'chief',
  'king', 'queen', 'prince', 'princess', 'emperor', 'crown', 'duke', 'duchess', 'count', 'baron',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'coach',
  'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'skipper', 'captain', 'director',
  'leader', 'commissioner', 'chief executive', 'economist', 'analyst', 'diplomat', 'dissident',
  'activist', 'lawyer', 'agent', 'author', 'writer', 'reporter', 'correspondent', 'champion',
  'speaker', 'dean', 'provost', 'superintendent', 'sheriff', 'marshal', 'navy', 'army', 'air',
  'force', 'marine', 'foreign', 'defence', 'defense', 'finance', 'interior', 'trade', 'state',
  'former', 'acting', 'interim', 'senior', 'junior', 'assistant', 'associate', 'executive',
];

/** Titles that mark a person by themselves even with a single name after them ("Mr Lewis"). */
export const PERSON_TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'pope',
  'rabbi', 'imam', 'sheikh', 'cardinal', 'archbishop', 'bishop', 'president', 'premier',
  'chancellor', 'minister', 'governor', 'mayor', 'senator', 'sen', 'rep', 'congressman',
  'congresswoman', 'ambassador', 'judge', 'justice', 'gen', 'attorney', 'lt', 'col', 'colonel',
  'maj', 'capt', 'captain', 'cmdr', 'commander', 'admiral', 'adm', 'sgt', 'sergeant', 'king',
  'queen', 'prince', 'princess', 'emperor', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman',
  'chairwoman', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'skipper', 'inspector',
  'detective', 'prof', 'professor', 'secretary', 'diplomat', 'dissident', 'activist', 'lawyer',
  'economist', 'analyst', 'director', 'leader', 'commissioner', 'ceo', 'manager', 'champion',
];
