import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPORTS_WORDS } from '../../src/entities/data/words.js';
import { type Entity, entitiesFromParsed, extractEntities } from '../../src/entities/index.js';
import { nameKey, readingTokens, tokenForms } from '../../src/entities/lexicon.js';
import { parseText } from '../../src/nlp.js';
import { describeAdversarial } from '../helpers/adversarial.js';
import { loadFixtures } from '../helpers/fixtures.js';
import { newsText, textInput } from '../helpers/properties.js';
import { expectSpansIn } from '../helpers/spans.js';
import { scoreSeed } from './seeds.js';

/** The entity whose mentions include `text`, or undefined. */
function find(entities: readonly Entity[], text: string): Entity | undefined {
  return entities.find((e) => e.name === text || e.mentions.some((m) => m.text === text));
}

/** The type of the entity named `text` in `input`. */
function typeOf(input: string, text: string): string | undefined {
  return find(extractEntities(input), text)?.type;
}

/** Every mention text in `input`. */
function mentionsOf(input: string): string[] {
  return extractEntities(input).flatMap((e) => e.mentions.map((m) => m.text));
}

describe('extractEntities: seed fixtures (article body only)', () => {
  for (const fixture of loadFixtures()) {
    it(`${fixture.id}: finds every required entity with its type and groups its mentions`, () => {
      const entities = extractEntities(fixture.text);
      expectSpansIn(fixture.text, entities);
      const score = scoreSeed(fixture, entities);
      expect(score.missed).toEqual([]);
      expect(score.ungrouped).toEqual([]);
      expect(score.found).toBe(score.required);
    });
  }

  it('is at least 90% precise on people, organisations and places across the seeds', () => {
    let correct = 0;
    let wrong = 0;
    for (const fixture of loadFixtures()) {
      const score = scoreSeed(fixture, extractEntities(fixture.text));
      correct += score.correct;
      wrong += score.wrong.length;
    }
    expect(correct).toBeGreaterThan(40);
    expect(correct / (correct + wrong)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads a number before an acronym or before a plural noun as a count, not a title', () => {
    const found = extractEntities(
      'The Ministry of State Security (MSS) grew. In 2019, 250 MSS spies were in Brussels.',
    );
    expect(find(found, 'Ministry of State Security')?.mentions.map((m) => m.text)).toEqual([
      'Ministry of State Security',
      'MSS',
      'MSS',
    ]);
    expect(find(found, '250 MSS')).toBeUndefined();
    expect(typeOf('He told 60 Minutes on Sunday that it was over.', '60 Minutes')).toBe('WORK');
  });

  it('never returns "60 Minutes" as a person, organisation or place', () => {
    for (const fixture of loadFixtures()) {
      for (const e of extractEntities(fixture.text)) {
        if (e.mentions.some((m) => /Minutes/i.test(m.text)))
          expect(e.type).not.toMatch(/PERSON|ORGANIZATION|LOCATION/);
      }
    }
  });
});

describe('extractEntities: grouping', () => {
  it('groups a last name with the full name before it', () => {
    const entities = extractEntities('Jim Lewis, a former diplomat, spoke first. Later Lewis said more.');
    const lewis = find(entities, 'Jim Lewis');
    expect(lewis?.type).toBe('PERSON');
    expect(lewis?.mentions.map((m) => m.text)).toEqual(['Jim Lewis', 'Lewis']);
  });

  it('groups a family name written first (Xi Jinping / Xi)', () => {
    const entities = extractEntities(
      'President Xi Jinping met the envoy. On Monday Xi said talks went well.',
    );
    expect(find(entities, 'Xi Jinping')?.mentions.map((m) => m.text)).toEqual(['Xi Jinping', 'Xi']);
  });

  it('groups an acronym defined in brackets with its name', () => {
    const entities = extractEntities(
      "China's Ministry of State Security (MSS) warned officials. The MSS said spies were active.",
    );
    const mss = find(entities, 'MSS');
    expect(mss?.name).toBe('Ministry of State Security');
    expect(mss?.type).toBe('ORGANIZATION');
    expect(mss?.mentions.map((m) => m.text)).toEqual(['Ministry of State Security', 'MSS', 'MSS']);
  });

  it('groups an acronym defined after a possessive, and by a dash clause', () => {
    const ccp = find(
      extractEntities("It protects the Chinese Communist Party's (CCP) rule, and the CCP knows it."),
      'CCP',
    );
    expect(ccp?.name).toBe('Chinese Communist Party');
    const dash = find(
      extractEntities(
        'The Federal Bureau of Investigation - FBI - opened a case. The FBI declined to comment.',
      ),
      'Federal Bureau of Investigation',
    );
    expect(dash?.mentions.map((m) => m.text)).toContain('FBI');
  });

  it('groups country aliases under the country name (U.S., United States, America)', () => {
    const entities = extractEntities(
      'The United States sent envoys. U.S. officials said America would respond in Washington.',
    );
    const us = find(entities, 'United States');
    expect(us?.type).toBe('LOCATION');
    expect(us?.mentions.map((m) => m.text)).toEqual(['United States', 'U.S.', 'America']);
  });

  it('orders entities by first mention and mentions by position', () => {
    const entities = extractEntities('Anna Kwok lives in Brooklyn. Kwok moved from Hong Kong.');
    expect(entities.map((e) => e.name)).toEqual(['Anna Kwok', 'Brooklyn', 'Hong Kong']);
    for (const e of entities) {
      const starts = e.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});

describe('extractEntities: titles', () => {
  it('takes a title abbreviated with a full stop as a title, not as a name', () => {
    const entities = extractEntities('The Rev. Al Ortiz said the church would reopen.');
    expect(entities.map((e) => [e.type, e.name])).toEqual([['PERSON', 'Al Ortiz']]);
    expect(entities[0]?.evidence).toContain('title');
  });

  it('takes a name with a nationality inside it for a company, whatever given name opens it', () => {
    expect(typeOf('Royal Norwegian Freight said profits fell.', 'Royal Norwegian Freight')).toBe(
      'ORGANIZATION',
    );
  });

  it('takes a title word before a generational suffix for the surname', () => {
    expect(extractEntities('Elton Bishop Jr. spoke.').map((e) => [e.type, e.name])).toEqual([
      ['PERSON', 'Elton Bishop Jr.'],
    ]);
  });
});

describe('extractEntities: expressions of time', () => {
  it('takes no month used as a time for a name, and keeps May as a surname', () => {
    expect(mentionsOf('In May, the council met again. Ana Ruiz spoke.')).toEqual(['Ana Ruiz']);
    expect(mentionsOf('Ana Ruiz arrived in Summer 2019 from Oslo.')).not.toContain('Summer');
    expect(typeOf('Theresa May said the vote would go ahead.', 'Theresa May')).toBe('PERSON');
  });

  it('keeps a name after an opening expression of time ("Last Week Tom Reyes")', () => {
    expect(typeOf('Last Week Tom Reyes joined Acme Corp.', 'Tom Reyes')).toBe('PERSON');
  });

  it('takes no holiday named after a day for a person', () => {
    expect(mentionsOf('The strike started on Labor Day in Chicago.')).toEqual(['Chicago']);
  });

  it('takes a capitalised word before a numeric date for a dateline place', () => {
    expect(typeOf('DULUTH 2019-05-04 - Ana Ruiz won the vote.', 'DULUTH')).toBe('LOCATION');
  });
});

describe('extractEntities: what a mention leaves out', () => {
  it('leaves out possessives', () => {
    expect(mentionsOf("China's spies and the MSS’s agents.")).toEqual(
      expect.arrayContaining(['China', 'MSS']),
    );
    expect(mentionsOf("China's spies").some((m) => m.includes("'s"))).toBe(false);
  });

  it('takes no plural group noun that opens a sentence before "said" for a person', () => {
    const text = 'The crown slipped on Tuesday. Dealers said buyers stayed away. Others said the bank sold.';
    expect(mentionsOf(text)).toEqual([]);
    expect(typeOf('The crown slipped. Okonkwo said buyers stayed away.', 'Okonkwo')).toBe('PERSON');
  });

  it('takes no common noun left alone after a sentence’s first word is dropped', () => {
    expect(mentionsOf('Results on Friday.\nPlus Women’s relay times below.')).not.toContain('Women');
  });

  it('takes no results-table label for a name', () => {
    const text =
      'SOCCER - CUP FINAL.\nKent beat Essex 2-1, 3-0, 1-1 and 4-4.\nOkapi 2 Tasman 1\nHalftime 1-0.\nAttendance 12,000.';
    expect(mentionsOf(text)).not.toContain('Halftime');
    expect(mentionsOf(text)).not.toContain('Attendance');
  });

  it('takes no common noun written as an abbreviation for an organisation on its own', () => {
    expect(mentionsOf('The singer died of AIDS in 1991, and GDP grew.')).toEqual([]);
    expect(typeOf('Staff at the AIDS Relief Fund said so.', 'AIDS Relief Fund')).toBe('ORGANIZATION');
  });

  it('leaves out the full stop an abbreviation shares with the end of its sentence', () => {
    const text = 'Suppliers include Okapi Motors Inc. and Tasman Parts Corp.\nThe deal closed in the U.S.\n';
    const mentions = mentionsOf(text);
    expect(mentions).toContain('Tasman Parts Corp');
    expect(mentions).toContain('Okapi Motors Inc.');
    expect(mentions).toContain('U.S.');
    expect(mentionsOf('"We sold it to Tasman Parts Corp." he said.')).toContain('Tasman Parts Corp.');
  });

  it('keeps a capital "The" inside a sentence as part of the name, but not one that starts it', () => {
    expect(mentionsOf('The final was played at The Okapi Grounds on Sunday.')).toContain('The Okapi Grounds');
    expect(mentionsOf('The Okapi Grounds were full on Sunday.')).toContain('Okapi Grounds');
  });

  it('cuts off a market job word that opens a sentence before a name ("Broker …")', () => {
    const text = 'Shares rose on Monday.\nBroker Tasman Okoro said the rally would last.';
    expect(mentionsOf(text)).toContain('Tasman Okoro');
    expect(typeOf(text, 'Tasman Okoro')).toBe('PERSON');
  });

  it('keeps a regnal "I" after a name inside a sentence, not the pronoun that starts one', () => {
    const mentions = mentionsOf('In 1822 Tasman I became king. Queen Okara I died in 1603.');
    expect(mentions).toEqual(expect.arrayContaining(['Tasman I', 'Okara I']));
    expect(mentionsOf('Okoro spoke. "Sometimes I rest," Okoro said.')).not.toContain('I');
  });

  it('leaves out a reporting period after a company’s name', () => {
    expect(mentionsOf('Shares fell after Okapi Systems Inc Q2 results disappointed.')).toContain(
      'Okapi Systems Inc',
    );
  });

  it('leaves out titles before a name and types the name a person', () => {
    const input = 'U.S. President Bill Clinton met Foreign Ministry spokesperson Mao Ning in Beijing.';
    const mentions = mentionsOf(input);
    expect(mentions).toContain('Bill Clinton');
    expect(mentions).toContain('Mao Ning');
    expect(mentions).toContain('U.S.');
    expect(mentions.some((m) => /President|spokesperson/.test(m))).toBe(false);
    expect(typeOf(input, 'Mao Ning')).toBe('PERSON');
  });

  it('reads a nationality made from a country ending in "e" ("Surinamese") as one, not a person', () => {
    expect(typeOf('Two Surinamese farmers won the prize.', 'Surinamese')).toBe('OTHER');
  });

  it('splits a nationality off an acronym or a person’s name', () => {
    const mentions = mentionsOf('He said the Chinese MSS hired Australian Tom Barker last year.');
    expect(mentions).toEqual(expect.arrayContaining(['Chinese', 'MSS', 'Australian', 'Tom Barker']));
    expect(mentions).not.toContain('Chinese MSS');
  });

  it('does not take a sentence-initial capital for a name', () => {
    expect(mentionsOf('Critics argue that the plan failed. Established in 1983, it grew.')).toEqual([]);
  });

  it('does not take headline case for names, but finds known names in headlines', () => {
    const input =
      'A New Era of Espionage\nThe agency grew in Brussels under Jim Lewis.\nLEWIS WARNS BRUSSELS';
    const mentions = mentionsOf(input);
    expect(mentions).not.toContain('New Era');
    expect(mentions).not.toContain('Espionage');
    expect(mentions).toEqual(expect.arrayContaining(['Brussels', 'Jim Lewis', 'LEWIS', 'BRUSSELS']));
  });

  it('reads long headings as headings, however late their capitals come', () => {
    const title =
      'The Quiet Rise of a New Era of Espionage and the Long Reach of Distant Capitals Across Every Continent';
    const caps = 'SEVEN OF THE TEAMS ... GO TOP OF THE TABLE AFTER LATE INNINGS WIN OVER VISITING SIDE';
    const mentions = mentionsOf(`${title}\nThe agency grew under Jim Lewis.\n${caps}`);
    expect(mentions).toEqual(['Jim Lewis']);
  });

  it('reads the place of a dateline', () => {
    const entities = extractEntities(
      'CRICKET - HOME SIDE GO TOP OF THE TABLE.\nLONDON 2001-07-14\nRain fell all day.',
    );
    expect(find(entities, 'LONDON')?.type).toBe('LOCATION');
    expect(find(entities, 'CRICKET')).toBeUndefined();
  });

  it('does not read months or list numbers as names', () => {
    expect(mentionsOf('In May, reports surfaced. On Thursday the talks ended.')).toEqual([]);
  });
});

describe('extractEntities: types from evidence', () => {
  it('types organisations by their words', () => {
    expect(typeOf('Shares of Acme Widgets Inc rose.', 'Acme Widgets Inc')).toBe('ORGANIZATION');
    expect(
      typeOf('He joined the Ministry of Foreign Affairs last year.', 'Ministry of Foreign Affairs'),
    ).toBe('ORGANIZATION');
    expect(typeOf('The Chinese Communist Party met.', 'Chinese Communist Party')).toBe('ORGANIZATION');
    expect(typeOf('He worked for the CIA and the KGB.', 'CIA')).toBe('ORGANIZATION');
  });

  it('types places from the lexicons and from "in"/"from"', () => {
    expect(typeOf('Spies were active in Brussels.', 'Brussels')).toBe('LOCATION');
    expect(typeOf('The games were held in Harbin last winter.', 'Harbin')).toBe('LOCATION');
    expect(typeOf('She flew in from Kandahar.', 'Kandahar')).toBe('LOCATION');
    expect(typeOf('Troops moved into Nagorno-Karabakh.', 'Nagorno-Karabakh')).toBe('LOCATION');
  });

  it('types people from given names, titles and speech verbs', () => {
    expect(typeOf('The report was written by Mary Such.', 'Mary Such')).toBe('PERSON');
    expect(typeOf('It was approved by Mr Okonkwo yesterday.', 'Okonkwo')).toBe('PERSON');
    expect(typeOf('"It is hard," Okonjo said.', 'Okonjo')).toBe('PERSON');
    expect(typeOf('A worker, identified only by the surname Li, was caught.', 'Li')).toBe('PERSON');
  });

  it('types a name a company owns as an organisation (shares of, a stake in)', () => {
    expect(typeOf('Shares of Nvidia rose after Nvidia reported earnings.', 'Nvidia')).toBe('ORGANIZATION');
    expect(typeOf('They bought a stake in Zorbex last year.', 'Zorbex')).toBe('ORGANIZATION');
    expect(typeOf('They set up a headquarters in Chuman last year.', 'Chuman')).not.toBe('ORGANIZATION');
  });

  it('does not read "X, China’s biggest …" as a place and its country (the owner starts an apposition)', () => {
    expect(typeOf('Sales rose at Lenovo, China’s biggest computer maker, last year.', 'Lenovo')).toBe(
      'ORGANIZATION',
    );
    expect(typeOf('He was born in Lockerbie, Scotland, in 1950.', 'Lockerbie')).toBe('LOCATION');
  });

  it('types an app or platform as a product, not a place', () => {
    expect(
      typeOf('The clip spread on Weibo, Beijing’s largest microblogging platform, within hours.', 'Weibo'),
    ).toBe('PRODUCT');
    expect(typeOf('Messages were posted on Telegram, a messaging app popular in Iran.', 'Telegram')).toBe(
      'PRODUCT',
    );
    expect(typeOf('Agents track dissidents using apps such as Signal and email.', 'Signal')).toBe('PRODUCT');
    expect(typeOf('He sent it through the Signal app to a colleague.', 'Signal')).toBe('PRODUCT');
    expect(typeOf('The talks were held in Geneva, a city of bankers.', 'Geneva')).toBe('LOCATION');
  });

  it('types "the West" as a place, but a surname West as a person', () => {
    expect(typeOf('Beijing has long accused the West of meddling in its affairs.', 'West')).toBe('LOCATION');
    expect(typeOf('Mr. West said he would run for office.', 'West')).toBe('PERSON');
  });

  it('types places from their surroundings', () => {
    expect(typeOf('He was born in the mining town of Moengo.', 'Moengo')).toBe('LOCATION');
    expect(typeOf('The jet touched down at Redhill airport on Monday.', 'Redhill')).toBe('LOCATION');
    expect(typeOf('The bombing over Lockerbie, Scotland killed 270.', 'Lockerbie')).toBe('LOCATION');
  });

  it('does not read a place that opens the next name of a list as the place of the one before', () => {
    const text = 'Brokers tipped Tasman Tiles, Dhaka Cement and Okapi Foods to rise.';
    expect(typeOf(text, 'Tasman Tiles')).not.toBe('LOCATION');
    expect(typeOf('Fans gathered in Moengo, Suriname on Sunday.', 'Moengo')).toBe('LOCATION');
  });

  it('reads a country in brackets after a name as the person’s, not as evidence of a place', () => {
    const input = 'Results on Friday:\nImran Saleem (Pakistan) beat Peter Holt (England) 15-11 15-8 15-9';
    expect(typeOf(input, 'Imran Saleem')).toBe('PERSON');
    expect(typeOf(input, 'Pakistan')).toBe('LOCATION');
  });

  it('reads "I." and "A." before a name as initials, and vouches for a name before a bracketed country', () => {
    const input = 'Scoreboard of the match:\nI. Barker c Fuller b Hollis 8\nHollister (USA) 3:41.906';
    expect(typeOf(input, 'I. Barker')).toBe('PERSON');
    expect(mentionsOf(input)).toContain('Hollister');
  });

  it('types initials with a family name as a person (M. Waugh)', () => {
    expect(typeOf('The catch was taken by M. Waugh at slip.', 'M. Waugh')).toBe('PERSON');
  });

  it('cuts hyphenated titles and "former" off a name', () => {
    const mentions = mentionsOf('The commander, Major-General Pavel Orlov, met Former Senator Tom Barker.');
    expect(mentions).toContain('Pavel Orlov');
    expect(mentions).toContain('Tom Barker');
  });

  it('keeps a two-word name and the country after "of" apart, but not an institution’s', () => {
    const text = 'Tomasz Okafor of Poland fired a 65 on Sunday.';
    expect(mentionsOf(text)).toEqual(expect.arrayContaining(['Tomasz Okafor', 'Poland']));
    expect(mentionsOf('National Bank of Greece shares fell.')).toContain('National Bank of Greece');
    expect(mentionsOf('Shares of Gold Fields of South Africa Ltd rose.')).toContain(
      'Gold Fields of South Africa Ltd',
    );
  });

  it('keeps a bank named after a given name whole before "of" and a country', () => {
    // "Royal" is a given name too; "Bank" makes the run a body's name, not a person's.
    expect(mentionsOf('Royal Bank of Canada said its profit rose.')).toContain('Royal Bank of Canada');
  });

  it('keeps a person and the organisation after "of" apart', () => {
    const mentions = mentionsOf('"It evens the odds," said Tom Barker of Holt Fuller & Co.');
    expect(mentions).toContain('Tom Barker');
    // The full stop ends the sentence too, so it is left out.
    expect(mentions).toContain('Holt Fuller & Co');
  });

  it('finds full names and company names in bylines and label lines', () => {
    const input =
      'Bank Bond Sale Notice\nLena Parkes\nPaying Agent: Harbor National Bank\nThe sale is on Monday.';
    expect(typeOf(input, 'Lena Parkes')).toBe('PERSON');
    expect(typeOf(input, 'Harbor National Bank')).toBe('ORGANIZATION');
  });

  it('types nationalities as OTHER, laws as LAW and events as EVENT', () => {
    expect(typeOf('The Belgian senator took bribes.', 'Belgian')).toBe('OTHER');
    expect(typeOf('Rwandan refugees crossed the border.', 'Rwandan')).toBe('OTHER');
    expect(typeOf('Under the Postal Law, parcels are checked.', 'Postal Law')).toBe('LAW');
    expect(
      typeOf(
        'According to the Law on Guarding State Secrets, sending them by post is illegal.',
        'Law on Guarding State Secrets',
      ),
    ).toBe('LAW');
    expect(typeOf('Hackers hit the Asian Winter Games in Harbin.', 'Asian Winter Games')).toBe('EVENT');
  });

  it('types clubs named after their towns as organisations in sports reports', () => {
    const input =
      'Derbyshire beat Somerset by an innings to go top in the championship.\n' +
      'Essex 372 and 119 for five. Surrey drew with Kent. Match points: Essex 22, Surrey 10.\n' +
      'England beat Moldova 2-0 in the qualifier after scoring two goals.';
    expect(typeOf(input, 'Somerset')).toBe('ORGANIZATION');
    expect(typeOf(input, 'Essex')).toBe('ORGANIZATION');
    expect(typeOf(input, 'Moldova')).toBe('LOCATION');
  });

  it('types towns as clubs by squad words and actions in sports reports, not elsewhere', () => {
    const sports =
      "Norwich striker Tom O'Malley scored twice as the home side won the match 3-1.\n" +
      'Norwich captain Dan Fuller was booked.\n' +
      'Kent took four quick wickets before the close of the championship match.\n' +
      'By stumps Kent had reached 214 for six.';
    expect(typeOf(sports, 'Norwich')).toBe('ORGANIZATION');
    expect(typeOf(sports, 'Kent')).toBe('ORGANIZATION');
    expect(typeOf('Kent stepped up its flood defences this week.', 'Kent')).toBe('LOCATION');
  });

  it('reads a month before a number as a date, not a name', () => {
    expect(mentionsOf('May 15 v Durham (at Chester-le-Street)')).not.toContain('May');
  });
});

describe('extractEntities: organisations', () => {
  it('reads "the X party/ministry/agency" as an organisation', () => {
    expect(typeOf('Voters backed Likud party candidates in the north.', 'Likud')).toBe('ORGANIZATION');
    expect(typeOf('An Interior ministry spokesman said so.', 'Interior')).toBe('ORGANIZATION');
    expect(typeOf('Officials say Tasman agency staff declined to comment.', 'Tasman')).toBe('ORGANIZATION');
    // "administration" and "government" name a leader's, and a sentence's first capital proves nothing.
    expect(typeOf('Senator Okoro spoke. The Okoro administration said no.', 'Okoro')).toBe('PERSON');
  });

  it('reads a name before "bank", "newspapers", "movement" and other bodies as an organisation', () => {
    expect(typeOf('An economist at Tasman Union bank in Perth said so.', 'Tasman Union')).toBe(
      'ORGANIZATION',
    );
    expect(typeOf('On Monday Okapi newspapers said the talks failed.', 'Okapi')).toBe('ORGANIZATION');
    expect(typeOf('He joined the Free Okapi movement in 1979.', 'Free Okapi')).toBe('ORGANIZATION');
  });

  it('reads a name after a lower-case kind of organisation, or after "X-based", as one', () => {
    expect(typeOf('He was loaned to serie A club Portuense for a season.', 'Portuense')).toBe('ORGANIZATION');
    expect(typeOf('The weekly Okapi reported it on Friday.', 'Okapi')).toBe('ORGANIZATION');
    expect(typeOf('The move to Bergamo-based Tecnomar reunites them.', 'Tecnomar')).toBe('ORGANIZATION');
    expect(typeOf('The move to Bergamo-based Tecnomar reunites them.', 'Bergamo')).toBe('LOCATION');
    // Written with a capital it is a title, not a kind of organisation.
    expect(typeOf('Club President Okapi resigned.', 'Okapi')).toBe('PERSON');
  });

  it('reads every name of a list after "firms including" or "banks such as" as an organisation', () => {
    const text = 'Firms including Okapi, Tasman and Zorbo were drawn to the port.';
    expect(typeOf(text, 'Okapi')).toBe('ORGANIZATION');
    expect(typeOf(text, 'Zorbo')).toBe('ORGANIZATION');
    expect(typeOf('Lenders such as Okoro were hurt, and banks such as Zorbo gained.', 'Zorbo')).toBe(
      'ORGANIZATION',
    );
  });

  it('reads a name that "said its …" as an organisation', () => {
    expect(typeOf('On Friday Tecnomar said its output doubled.', 'Tecnomar')).toBe('ORGANIZATION');
    expect(typeOf('On Friday Okafor said it was a mistake.', 'Okafor')).toBe('PERSON');
  });

  it('reads a given name that is also a country, opening a two-word name, as a person’s', () => {
    expect(typeOf('A double off Chad Okoro gave them the lead.', 'Chad Okoro')).toBe('PERSON');
    expect(typeOf('Fares rose at Air Chad in May.', 'Air Chad')).toBe('ORGANIZATION');
  });

  it('reads a name after "the" that says something as an organisation, not a person', () => {
    expect(typeOf('Prices rose, the Tasman Courier said on Monday.', 'Tasman Courier')).toBe('ORGANIZATION');
    expect(typeOf('Prices rose, Tasman Okoro said on Monday.', 'Tasman Okoro')).toBe('PERSON');
  });

  it('reads a name opened by a German or Italian article as an organisation, not a person', () => {
    expect(typeOf('The magazine said so, Der Spiegel reported on Monday.', 'Der Spiegel')).toBe(
      'ORGANIZATION',
    );
    expect(typeOf('Rome’s Il Messaggero said the talks failed.', 'Il Messaggero')).toBe('ORGANIZATION');
    expect(typeOf('Marine Le Pen said so. Le Pen spoke in Paris.', 'Le Pen')).toBe('PERSON');
  });

  it('reads a name that the text gives an acronym as an organisation, unless a lexicon knows it', () => {
    const text = 'Jamaat Tabligh Nusrat (JTN) claimed the attack. JTN fighters fled.';
    expect(typeOf(text, 'Jamaat Tabligh Nusrat')).toBe('ORGANIZATION');
    expect(find(extractEntities(text), 'JTN')?.name).toBe('Jamaat Tabligh Nusrat');
    expect(typeOf('The United Arab Emirates (UAE) said so.', 'United Arab Emirates')).toBe('LOCATION');
  });

  it('joins the runs of a long name cut by "and"/"in" when the acronym after it spells them all', () => {
    const text =
      'Talks were led by the Council for Trade and Industry in Oceania (CTIO) on Monday. ' +
      'The CTIO said it would meet again.';
    expect(mentionsOf(text)).toContain('Council for Trade and Industry in Oceania');
    expect(find(extractEntities(text), 'CTIO')?.name).toBe('Council for Trade and Industry in Oceania');
    // A common noun that makes no name alone ("Cooperation") may stand inside it.
    expect(mentionsOf('Monitors from the Forum for Trust and Cooperation in Oceania (FTCO) left.')).toContain(
      'Forum for Trust and Cooperation in Oceania',
    );
    // The last run alone spells it: nothing is joined.
    expect(mentionsOf('Farmers and Bay Water Authority (BWA) staff met.')).toContain('Bay Water Authority');
  });

  it('reads a one-word town that acts in a sports report as a club, not one that "will"', () => {
    const text =
      'CRICKET - COUNTY MATCHES.\nKent beat Surrey 2-1 and drew 1-1 after a 3-3 and a 0-0.\n' +
      'Leicester reached 372 for six on Friday. Washington will balance the budget.';
    expect(typeOf(text, 'Leicester')).toBe('ORGANIZATION');
    expect(typeOf(text, 'Washington')).toBe('LOCATION');
  });

  it('reads a name before a player’s position in a sports report as a club', () => {
    const text =
      'BASEBALL - RESULTS.\nAtlanta beat Denver 6-2 and lost 3-5 after a 4-4 and a 1-0.\n' +
      'Two errors by Okapis shortstop Luis Marquez cost the game.';
    expect(typeOf(text, 'Okapis')).toBe('ORGANIZATION');
  });

  it('reads a place and a plural as a team, not a person with a place’s given name', () => {
    const text =
      'BASEBALL - RESULTS.\nWhite hit a double as the Oregon Otters beat the Nevada Hawks 3-1 ' +
      'and lost 2-4 after 1-1 and 0-0.';
    expect(typeOf(text, 'Oregon Otters')).toBe('ORGANIZATION');
    expect(typeOf('Georgia Banks said the talks failed.', 'Georgia Banks')).toBe('PERSON');
  });

  it('reads a town after "over" in a sports report as a club', () => {
    const text =
      'Boston beat Texas 5-3. Texas’s lead over Seattle increased to six. Minnesota won 4-2 and ' +
      'Baltimore drew 2-2 after a 1-1 tie and a 0-0.';
    expect(typeOf(text, 'Seattle')).toBe('ORGANIZATION');
  });

  it('keeps England, Scotland and Wales as places in sports reports, like other countries', () => {
    const text =
      'England beat Scotland 3-1 at Wembley. Scotland drew 1-1 with Wales. Leeds beat Kent 2-0 ' +
      'and Kent lost 0-1. The match ended 2-2 after a 4-4 draw.';
    expect(typeOf(text, 'Scotland')).toBe('LOCATION');
    expect(typeOf(text, 'England')).toBe('LOCATION');
    expect(typeOf(text, 'Leeds')).toBe('ORGANIZATION');
  });
});

describe('extractEntities: athletes in sports reports', () => {
  const results =
    'SQUASH - RESULTS.\nResults on Friday: Kwame Osei (Ghana) beat Tomas Varga (Hungary) 15-10 15-9. ' +
    'Dinamo (Romania) beat Rapid 2-1. Olimpia beat Rapid 3-0 and drew 1-1 with Dinamo after a 0-0.';
  it('reads a full name with a country in brackets as a person, a one-word club as a club', () => {
    expect(typeOf(results, 'Kwame Osei')).toBe('PERSON');
    expect(typeOf(results, 'Tomas Varga')).toBe('PERSON');
    expect(find(extractEntities(results), 'Dinamo')?.evidence).not.toContain('sports:country-in-brackets');
  });
  it('reads teams on results lines and standings rows, not golfers after their rank', () => {
    const table =
      'SOCCER - LEAGUE RESULTS.\nResults of matches played on Saturday:\nDravac 1 Red Lions 3\n' +
      'Zelenik 6 Borovo 0\nStandings:\nRed Lions 4 4 0 0 11 2 12\nZelenik 4 3 1 0 12 4 10\n' +
      'GOLF - LEADERS.\n1 Tom Barker 67\n2 Dan Fuller 68';
    expect(typeOf(table, 'Red Lions')).toBe('ORGANIZATION');
    expect(find(extractEntities(table), 'Red Lions')?.evidence).toContain('sports:results-line');
    expect(find(extractEntities(table), 'Zelenik')?.evidence).toContain('sports:standings');
    expect(typeOf(table, 'Tom Barker')).toBe('PERSON');
  });

  it('reads the players of a cricket scorecard', () => {
    const card =
      'CRICKET - SCOREBOARD.\nM. Slater c Okafor b Mbeki 13\nS. Law lbw b Mbeki 4\n' +
      'Bowling: Tendai 7-0-29-0, Mbeki 9-1-49-2.\nTotal 2-0 and 3-1 after 4-4 and 5-2.';
    expect(typeOf(card, 'Okafor')).toBe('PERSON');
    expect(typeOf(card, 'Mbeki')).toBe('PERSON');
    expect(typeOf(card, 'Tendai')).toBe('PERSON');
  });

  it('takes a statistic in capitals in a sports report for no organisation', () => {
    const text =
      'BASEBALL - RESULTS.\nAtlanta beat Denver 6-2 and lost 3-5 after a 4-4 and a 1-0.\n' +
      'Jose Okafor had three RBI and lowered his ERA to 2.10.';
    expect(mentionsOf(text)).not.toContain('RBI');
    expect(mentionsOf(text)).not.toContain('ERA');
    expect(typeOf('The RBI raised rates on Tuesday, the central bank said.', 'RBI')).toBe('ORGANIZATION');
  });

  it('keeps a town’s initial in brackets in a club’s name in a sports report', () => {
    const text =
      'SOCCER - LEAGUE SCORES.\nLeague games on Sunday ended:\n' +
      'Okapi 2 Tasman (Z) 0\nZorbo 1 Tasman (B) 3\nStandings:\nTasman (B) 4 2 1 1 8 5 7\n';
    const mentions = mentionsOf(text);
    expect(mentions).toEqual(expect.arrayContaining(['Tasman (Z)', 'Tasman (B)']));
    expect(typeOf(text, 'Tasman (B)')).toBe('ORGANIZATION');
    // A club that only ever opens its line is vouched for by its code.
    expect(mentionsOf(text + 'Quorra (V) 0 Okapi 1\n')).toContain('Quorra (V)');
    // A country's code is an athlete's country, and outside sports reports nothing is joined.
    expect(
      mentionsOf('TENNIS - RESULTS.\nKent beat Essex 2-1, 3-0 and 1-1.\nPete Okoro (US) beat Jan Berg 6-3'),
    ).not.toContain('Pete Okoro (US)');
    expect(mentionsOf('Senator Okoro (D) voted no.')).not.toContain('Okoro (D)');
  });

  it('reads a line of fixtures with "v" as running text, and a compass point and town beside "v" as a club', () => {
    const text =
      'SOCCER - CUP SCORES.\nKent beat Essex 2-1, 3-0, 1-1 and 4-4 in cup ties on Sunday.\n' +
      'Called off: East Perth v Okapi Rovers, Tasman Park v\nZorbo United.\n';
    expect(mentionsOf(text)).toEqual(expect.arrayContaining(['Okapi Rovers', 'East Perth']));
    expect(typeOf(text, 'Okapi Rovers')).toBe('ORGANIZATION');
    expect(typeOf(text, 'East Perth')).toBe('ORGANIZATION');
  });

  it('reads a name opened by a usual club word ("Real", "Dynamo", "Sporting") as a club', () => {
    expect(typeOf('Fans of Real Okapi waited outside.', 'Real Okapi')).toBe('ORGANIZATION');
    expect(typeOf('The coach left Dynamo on Tuesday.', 'Dynamo')).toBe('ORGANIZATION');
  });

  it('reads a side named by its eleven ("… XI") as a team', () => {
    expect(typeOf('The tourists play a Henry Okoro XI on Sunday.', 'Henry Okoro XI')).toBe('ORGANIZATION');
  });

  it('reads two sides with their countries and scores on one line as teams', () => {
    const text =
      'BASKETBALL - CUP RESULTS.\nKent beat Essex 2-1, 3-0, 1-1 and 4-4.\nFinal:\n' +
      'Tigris (Italy) 88 Okapi (Greece) 81\n';
    expect(typeOf(text, 'Tigris')).toBe('ORGANIZATION');
    expect(typeOf(text, 'Okapi')).toBe('ORGANIZATION');
    expect(typeOf(text, 'Greece')).toBe('LOCATION');
    // A player's row after a row that ends in brackets is no second side.
    const golf =
      'GOLF - SCORES.\nKent beat Essex 2-1, 3-0, 1-1 and 4-4.\n' +
      '284 Tomas Berg (Sweden) 70 71 (won play-off)\n285 Kwabena Olsen (Norway) 71 72\n';
    expect(typeOf(golf, 'Kwabena Olsen')).toBe('PERSON');
  });

  it('reads one word in brackets between an athlete’s full name and a result as their country', () => {
    const text =
      'Results of the women’s 400 metres on Friday:\n1. Maria Okafor (Togoland) 50.12\n' +
      '2. Anna Berg (Sweden) 50.40';
    expect(typeOf(text, 'Togoland')).toBe('LOCATION');
    // A club's town code in capitals is not a country.
    expect(find(extractEntities('Anna Berg (ZQ) 50.40'), 'ZQ')?.type).not.toBe('LOCATION');
  });
});

describe('extractEntities: evidence', () => {
  const evidenceOf = (input: string, text: string): readonly string[] | undefined =>
    find(extractEntities(input), text)?.evidence;

  it('keeps the reasons for the type, strongest first', () => {
    expect(evidenceOf('Talks in France ended.', 'France')).toEqual(['lexicon:country', 'place-preposition']);
    expect(evidenceOf('Acme Corp shares fell.', 'Acme Corp')?.[0]).toBe('organization-suffix');
  });

  it('pools every mention: a title on one mention types and explains the bare ones', () => {
    const entities = extractEntities('Senator Okonkwo arrived on Monday. Okonkwo left early.');
    const okonkwo = find(entities, 'Okonkwo');
    expect(okonkwo?.type).toBe('PERSON');
    expect(okonkwo?.evidence[0]).toBe('title');
    expect(okonkwo?.mentions.map((m) => m.text)).toEqual(['Okonkwo', 'Okonkwo']);
  });

  it('says dateline for a place that opens the story', () => {
    expect(evidenceOf('OKAPILAND 1996-08-30\nThe talks resumed.', 'OKAPILAND')).toEqual(['dateline']);
  });

  it('gives no evidence for OTHER without votes, and only reasons that voted for the type', () => {
    for (const e of extractEntities('Jim Lewis, a former U.S. diplomat, said the MSS spied.')) {
      expect(e.evidence.length > 0 || e.type === 'OTHER').toBe(true);
      expect(new Set(e.evidence).size).toBe(e.evidence.length);
    }
  });
});

describe('extractEntities: language', () => {
  const french =
    'Le ministre des Affaires étrangères, Jean-Yves Le Drian, a rencontré mardi à Paris son ' +
    'homologue allemand pour discuter de la situation en Ukraine et des sanctions contre la Russie.';

  it('returns nothing for text in another language', () => {
    expect(extractEntities(french)).toEqual([]);
    expect(extractEntities('国家安全部表示，外国间谍机构的活动越来越猖獗，必须提高警惕。')).toEqual([]);
  });

  it('extracts anyway when the caller says the text is English', () => {
    expect(extractEntities(french, { language: 'eng' }).length).toBeGreaterThan(0);
  });

  it('reads tables of English names as English', () => {
    const table =
      'Tom Barker (Britain) beat Dan Fuller (U.S.) 6-3 6-4 6-2\nMolly Grant (U.S.) beat Anne Hollis (Germany) 6-1 6-4';
    expect(mentionsOf(table)).toEqual(
      expect.arrayContaining(['Tom Barker', 'Britain', 'Dan Fuller', 'Molly Grant']),
    );
  });
});

describe('extractEntities: options and arguments', () => {
  it('keeps only the requested types', () => {
    const entities = extractEntities('Jim Lewis said China was watching the CIA.', { types: ['LOCATION'] });
    expect(entities.map((e) => e.name)).toEqual(['China']);
  });

  it('equals entitiesFromParsed on the shared parse', () => {
    const text = loadFixtures()[0]?.text ?? '';
    expect(entitiesFromParsed(parseText(text))).toEqual(extractEntities(text));
  });

  it('throws TypeError for a non-string text or non-object options', () => {
    expect(() => extractEntities(42 as unknown as string)).toThrow(
      new TypeError('copydesk: extractEntities: expected text to be a string, got number'),
    );
    expect(() => extractEntities(null as unknown as string)).toThrow(TypeError);
    expect(() => extractEntities('text', 'eng' as unknown as object)).toThrow(
      new TypeError('copydesk: extractEntities: expected options to be an object, got string'),
    );
  });

  it('returns [] for empty and blank text', () => {
    expect(extractEntities('')).toEqual([]);
    expect(extractEntities(' \n\t ')).toEqual([]);
  });
});

describe('extractEntities: properties', () => {
  it('every mention is a span of the input, and no entity is empty', () => {
    fc.assert(
      fc.property(textInput, (text) => {
        const entities = extractEntities(text, { language: 'eng' });
        expectSpansIn(text, entities);
        for (const e of entities) {
          expect(e.mentions.length).toBeGreaterThan(0);
          expect(e.name.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('no two mentions overlap', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const spans = extractEntities(text, { language: 'eng' })
          .flatMap((e) => e.mentions)
          .sort((a, b) => a.start - b.start);
        for (let i = 1; i < spans.length; i++)
          expect(spans[i]?.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('extractEntities: hostile shapes', () => {
  it('handles a run of thousands of capitalised words and titles without deep recursion', () => {
    const text = `He met ${'President Lewis '.repeat(20_000)}today.`;
    const started = performance.now();
    const entities = extractEntities(text, { language: 'eng' });
    expect(performance.now() - started).toBeLessThan(20_000);
    expectSpansIn(text, entities);
  }, 60_000);

  it('handles thousands of distinct acronyms and names', () => {
    const parts: string[] = [];
    for (let i = 0; i < 8000; i++) {
      const a = String.fromCharCode(
        65 + (i % 26),
        65 + (Math.floor(i / 26) % 26),
        65 + (Math.floor(i / 676) % 26),
      );
      parts.push(`the ${a} and Alpha Beta${i} Gamma said.`);
    }
    const text = parts.join(' ');
    const started = performance.now();
    const entities = extractEntities(text, { language: 'eng' });
    expect(performance.now() - started).toBeLessThan(20_000);
    expectSpansIn(text, entities);
    expect(entities.length).toBeGreaterThan(1000);
  }, 60_000);
});

describeAdversarial(
  'extractEntities',
  (text) => extractEntities(text, { language: 'eng' }),
  (input, output) => {
    expectSpansIn(input, output);
  },
);

describe('tokenForms', () => {
  it("gives each token's lower case and nameKey, one set of forms per reading of a parse", () => {
    const parsed = parseText("U.S. officials met O'Neill and the ministry’s staff in İzmir.");
    const forms = tokenForms(parsed);
    const keys = parsed.tokens.map((_, t) => forms.key(t));
    expect(keys).toEqual(parsed.tokens.map((t) => nameKey(t.text)));
    expect(keys).toContain('us');
    expect(parsed.tokens.map((_, t) => forms.lower(t))).toEqual(
      parsed.tokens.map((t) => t.text.toLowerCase()),
    );
    // Outside a reading nothing is kept: each call makes new forms.
    expect(tokenForms(parsed)).not.toBe(forms);
    const other = parseText('Ana Ruiz left.');
    const inside = readingTokens(parsed, () => {
      const read = tokenForms(parsed);
      expect(tokenForms(parsed)).toBe(read);
      // Another parse read inside it gets its own forms.
      expect(tokenForms(other)).not.toBe(tokenForms(other));
      return read;
    });
    expect(inside).not.toBe(forms);
    expect(tokenForms(parsed)).not.toBe(inside);
    expect(forms.key(-1)).toBeUndefined();
    expect(forms.lower(parsed.tokens.length)).toBeUndefined();
  });

  it("matches nameKey for any text's tokens", () => {
    fc.assert(
      fc.property(textInput, (text) => {
        const parsed = parseText(text);
        const forms = tokenForms(parsed);
        return parsed.tokens.every((t, i) => forms.key(i) === nameKey(t.text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('lower-casing, as the sports test relies on it', () => {
  it('lengthens only the dotted capital I, and turns only the Kelvin sign beyond ASCII into ASCII', () => {
    const longer: number[] = [];
    const intoAscii: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const char = String.fromCodePoint(c);
      const lower = char.toLowerCase();
      if (lower.length !== char.length) longer.push(c);
      if (c >= 128 && [...lower].every((l) => (l.codePointAt(0) as number) < 128)) intoAscii.push(c);
    }
    expect(longer).toEqual([0x130]);
    expect(intoAscii).toEqual([0x212a]);
    expect(SPORTS_WORDS.filter((word) => [...word].some((l) => (l.codePointAt(0) as number) >= 128))).toEqual(
      [],
    );
  });
});
