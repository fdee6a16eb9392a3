/**
 * Small closed word lists the extractor reads as evidence. Hand-compiled from English grammar
 * and newswire usage.
 */

/** Nationality and group adjectives: names of no entity by themselves ("Chinese", "Western"). */
export const DEMONYMS: readonly string[] = [
  'American', 'British', 'English', 'Scottish', 'Welsh', 'Irish', 'French', 'German', 'Italian',
  'Spanish', 'Portuguese', 'Dutch', 'Belgian', 'Swiss', 'Austrian', 'Swedish', 'Norwegian',
  'Danish', 'Finnish', 'Icelandic', 'Polish', 'Czech', 'Slovak', 'Hungarian', 'Romanian',
  'Bulgarian', 'Greek', 'Turkish', 'Russian', 'Ukrainian', 'Belarusian', 'Serbian', 'Croatian',
  'Bosnian', 'Slovenian', 'Albanian', 'Macedonian', 'Lithuanian', 'Latvian', 'Estonian', 'Georgian',
  'Armenian', 'Azerbaijani', 'Kazakh', 'Uzbek', 'Chinese', 'Japanese', 'Korean', 'Taiwanese',
  'Vietnamese', 'Thai', 'Cambodian', 'Burmese', 'Malaysian', 'Indonesian', 'Filipino', 'Indian',
  'Pakistani', 'Afghan', 'Iranian', 'Iraqi', 'Syrian', 'Lebanese', 'Israeli', 'Palestinian',
  'Jordanian', 'Saudi', 'Egyptian', 'Libyan', 'Tunisian', 'Algerian', 'Moroccan', 'Sudanese',
  'Ethiopian', 'Somali', 'Kenyan', 'Ugandan', 'Nigerian', 'Ghanaian', 'Zambian', 'Zimbabwean',
  'African', 'Asian', 'European', 'Arab', 'Arabic', 'Persian', 'Kurdish', 'Jewish', 'Muslim',
  'Christian', 'Catholic', 'Protestant', 'Islamic', 'Hindu', 'Buddhist', 'Sikh', 'Canadian',
  'Mexican', 'Brazilian', 'Argentine', 'Argentinian', 'Chilean', 'Colombian', 'Peruvian',
  'Venezuelan', 'Cuban', 'Australian', 'Zealander', 'Western', 'Eastern', 'Northern', 'Southern',
  'Soviet', 'Communist', 'Socialist', 'Democrat', 'Republican', 'Latin', 'Nordic', 'Baltic',
  'Balkan', 'Caribbean', 'Pacific', 'Atlantic', 'Olympic', 'Tibetan', 'Uighur', 'Uyghur', 'Serb',
  'Croat', 'Bosniak', 'Pole', 'Briton', 'Scot', 'Swede', 'Dane', 'Finn', 'Turk', 'Yemeni',
  'Qatari', 'Emirati', 'Kuwaiti', 'Omani', 'Bahraini', 'Sri', 'Lankan', 'Bangladeshi', 'Nepali',
  'Mongolian', 'Singaporean', 'Hongkonger', 'Cypriot', 'Maltese', 'Luxembourgish', 'Andean',
];

/** Capitalised words that start sentences or headings but name nothing. */
export const NOT_NAMES: readonly string[] = [
  'I', 'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'We', 'They',
  'His', 'Her', 'Their', 'Our', 'My', 'Your', 'You', 'In', 'On', 'At', 'Of', 'For', 'By', 'With',
  'From', 'To', 'And', 'But', 'Or', 'If', 'As', 'So', 'No', 'Not', 'Yes', 'Mr', 'Mrs', 'Ms',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January',
  'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Today', 'Tomorrow', 'Yesterday', 'Christmas', 'Easter', 'God', 'OK', 'TV', 'AM', 'PM', 'GMT',
  'CEO', 'Question', 'Answer', 'Summary', 'Update', 'Updated', 'Advertisement', 'Photo', 'Video',
  'Read', 'More', 'Share', 'Click', 'Subscribe', 'Related', 'Source', 'Sources', 'Note', 'Editor',
  'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth',
  'Last', 'Next', 'Some', 'Many', 'Most', 'All', 'Every', 'Each', 'Other', 'Another',
  'Internet', 'Web', 'Government', 'State', 'Parliament', 'Cabinet', 'Minister', 'President',
];

/** Verbs of speech and thought right after a name: evidence of a person (or a speaking body). */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'told', 'added', 'asked', 'replied', 'explained', 'noted', 'warned', 'argued',
  'believes', 'believed', 'thinks', 'thought', 'wrote', 'recalled', 'insisted', 'admitted',
  'denied', 'claimed', 'stated', 'described', 'urged', 'described', 'declined', 'smiled', 'laughed',
];

/** Prepositions before a place ("in Brussels", "from Harbin"). */
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'from', 'near', 'to', 'across', 'throughout', 'outside', 'inside', 'via', 'into'];

/** Nouns after a name that make it a person's possession or role ("Lewis, a former diplomat"). */
export const PERSON_NOUNS: readonly string[] = [
  'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'minister', 'president',
  'leader', 'director', 'analyst', 'activist', 'author', 'professor', 'lawyer', 'player', 'coach',
  'manager', 'chairman', 'executive', 'founder', 'reporter', 'man', 'woman', 'son', 'daughter',
  'wife', 'husband', 'father', 'mother', 'brother', 'sister', 'colleague', 'citizen', 'resident',
  'member', 'agent', 'officer', 'who', 'whose', 'he', 'she', 'his', 'her',
];

/** Words in a document that show it is a sports report (teams named after places are clubs). */
export const SPORTS_WORDS: readonly string[] = [
  'beat', 'beats', 'drew', 'draw', 'innings', 'wickets', 'goals', 'goal', 'scored', 'match',
  'matches', 'league', 'soccer', 'football', 'cricket', 'tennis', 'golf', 'rugby', 'baseball',
  'basketball', 'hockey', 'cup', 'championship', 'halftime', 'half-time', 'win', 'won', 'lost',
  'defeat', 'defeated', 'played', 'standings', 'points', 'season', 'seed', 'round', 'final',
];
