import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate, stripWithoutLanguage } from '../../src/boilerplate/index.js';
import type { BoilerplateResult } from '../../src/boilerplate/types.js';
import { describeAdversarial } from '../helpers/adversarial.js';
import { type Fixture, lineOffset, loadFixtures } from '../helpers/fixtures.js';
import { textInput } from '../helpers/properties.js';
import { expectSpansIn, spansHold } from '../helpers/spans.js';

const PROSE = [
  'The ministry said on Tuesday that it had found several parcels that were used to carry out scams, and it asked people to report them.',
  'Officials said the parcels had been sent from abroad over the past year and that the police were looking into the matter.',
  'According to the report, most of the victims were older people who had been told that they had won a prize in a lottery.',
];

function page(...lines: string[]): string {
  return lines.join('\n\n');
}

/** Whether 1-based line `n` of a fixture is kept in the body. */
function keptLine(fixture: Fixture, result: BoilerplateResult, n: number): boolean {
  const start = lineOffset(fixture, n);
  const end = start + (fixture.lines[n - 1]?.length ?? 0);
  return result.blocks.some(
    (b) => b.start >= start && b.end <= end && (b.kind === 'content' || b.kind === 'heading'),
  );
}

describe('stripBoilerplate: seed fixtures', () => {
  for (const fixture of loadFixtures()) {
    describe(fixture.id, () => {
      const result = stripBoilerplate(fixture.text);
      const { gold } = fixture;
      it('keeps every content line', () => {
        expect(gold.content_lines.filter((n) => !keptLine(fixture, result, n))).toEqual([]);
      });
      it('drops every boilerplate line', () => {
        expect(gold.boilerplate_lines.filter((n) => keptLine(fixture, result, n))).toEqual([]);
      });
      it('finds the title, the date and the language', () => {
        expect(result.title).toBe(gold.title);
        expect(result.published).toBe(gold.published);
        expect(result.language).toBe(gold.language);
      });
      it('starts and ends the body where the gold says (either-lines may follow the end)', () => {
        if (gold.body_starts_with !== null) expect(result.body.startsWith(gold.body_starts_with)).toBe(true);
        if (gold.body_ends_with !== null) {
          const at = result.body.lastIndexOf(gold.body_ends_with);
          expect(at).toBeGreaterThanOrEqual(0);
          const rest = result.body.slice(at + gold.body_ends_with.length).trim();
          const eitherTexts = gold.either_lines.map((n) => fixture.lines[n - 1]?.trim() ?? '');
          for (const part of rest.split('\n\n').filter((p) => p !== '')) expect(eitherTexts).toContain(part);
        }
      });
      it('reports every non-blank line as a block, with valid spans', () => {
        expect(expectSpansIn(fixture.text, result)).toBeGreaterThan(0);
        const covered = new Set(result.blocks.map((b) => b.start));
        fixture.lines.forEach((line, i) => {
          if (line.trim() === '') return;
          const start = lineOffset(fixture, i + 1);
          const inside = result.blocks.some((b) => b.start >= start && b.end <= start + line.length);
          expect(inside, `line ${i + 1}`).toBe(true);
        });
        expect(covered.size).toBe(result.blocks.length);
      });
      it('is idempotent on its body', () => {
        expect(stripBoilerplate(result.body).body).toBe(result.body);
      });
    });
  }

  it('gives the reasons the issue names for the seeds', () => {
    const [f000, , f002, f003, f004] = loadFixtures() as Fixture[];
    const reasonOf = (f: Fixture, n: number) => {
      const start = lineOffset(f, n);
      return stripBoilerplate(f.text).blocks.find((b) => b.start >= start && b.start <= start + 4)?.reason;
    };
    expect(reasonOf(f000 as Fixture, 47)).toBe('comments');
    expect(reasonOf(f002 as Fixture, 1)).toBe('foreign-script');
    expect(reasonOf(f002 as Fixture, 7)).toBe('repeated');
    expect(reasonOf(f002 as Fixture, 8)).toBe('repeated');
    expect(reasonOf(f003 as Fixture, 4)).toBe('toc');
    expect(reasonOf(f004 as Fixture, 14)).toBe('related');
  });
});

describe('stripBoilerplate: furniture by wording', () => {
  it('drops navigation, share, promo and legal lines', () => {
    const result = stripBoilerplate(
      [
        'Skip to main content',
        'Share',
        ...PROSE,
        'Subscribe to our newsletter',
        '© 2025 Example Media. All rights reserved.',
      ].join('\n'),
    );
    expect(result.blocks.map((b) => b.reason ?? b.kind)).toEqual([
      'navigation',
      'share',
      'content',
      'content',
      'content',
      'promo',
      'legal',
    ]);
  });

  it('ends the article at a comment section', () => {
    const result = stripBoilerplate(
      page(
        ...PROSE,
        'Comments',
        'This is a really interesting article and I agree with every single word of it, thanks.',
      ),
    );
    expect(result.body).toBe(PROSE.join('\n\n'));
    expect(result.blocks.at(-2)?.reason).toBe('comments');
    expect(result.blocks.at(-1)?.reason).toBe('outside');
  });

  it('treats commenter lines and counted comment headings as comments', () => {
    const result = stripBoilerplate(page(...PROSE, '12 Comments', 'jane says:'));
    expect(result.blocks.slice(-2).map((b) => b.reason)).toEqual(['comments', 'comments']);
  });

  it('drops cookie notices written as prose', () => {
    const notice =
      'This website uses cookies to improve your experience while you navigate through the website, and you can opt out.';
    const result = stripBoilerplate(page(...PROSE, notice));
    expect(result.blocks.at(-1)?.reason).toBe('legal');
  });
});

describe('stripBoilerplate: script, repeats and tables of contents', () => {
  it('drops a line in another script', () => {
    const result = stripBoilerplate(page('魅影直播', ...PROSE));
    expect(result.blocks[0]?.reason).toBe('foreign-script');
  });

  it('keeps a Japanese line that names a Latin-script product', () => {
    const japanese = [
      '何が困るかといえば、パスワード管理ソフトの起動ショートカットキーと同じなのです。これは本当に困りました。',
      'Kindle for PCの起動ホットキーが別のソフトと被るので、設定を変えることにしました。',
      '設定を変更する方法は簡単で、メニューからオプションを開いてキーを選び直すだけです。皆さんも試してください。',
    ];
    const result = stripBoilerplate(page(...japanese));
    expect(result.blocks.map((b) => b.kind)).toEqual(['content', 'content', 'content']);
    expect(result.body).not.toBe('');
  });

  it('takes a title repeated with a video length as one title', () => {
    const title = 'Ministry warns of parcel scams';
    const result = stripBoilerplate([title, title, `${title} 05:13`, '', ...PROSE].join('\n'));
    expect(result.title).toBe(title);
    expect(result.blocks.slice(0, 3).map((b) => b.reason ?? b.kind)).toEqual([
      'title',
      'repeated',
      'repeated',
    ]);
  });

  it('drops a table of contents whose entries are later headings', () => {
    const text = [
      `${PROSE[0]} ${PROSE[2]}`,
      'Contents',
      '1) The parcels',
      '2) The victims',
      '3) The police',
      'The parcels',
      PROSE[1],
      'The victims',
      PROSE[2],
      'The police',
      PROSE[1],
    ].join('\n');
    const result = stripBoilerplate(text);
    expect(result.blocks.map((b) => b.reason ?? b.kind)).toEqual([
      'content',
      'toc',
      'toc',
      'toc',
      'toc',
      'heading',
      'content',
      'heading',
      'content',
      'heading',
      'content',
    ]);
  });
});

describe('stripBoilerplate: the densest region', () => {
  it('drops menus above and teaser lists below the article', () => {
    const menu = ['News', 'World', 'Politics', 'Business', 'Sport'];
    const teasers = [
      'Markets fall on rate fears',
      'Storm hits the coast overnight',
      'Election results due today',
    ];
    const result = stripBoilerplate([...menu, ...PROSE, ...teasers].join('\n'));
    expect(result.body).toBe(PROSE.join('\n\n'));
  });

  it('keeps section headings inside the article', () => {
    const result = stripBoilerplate([PROSE[0], 'What the police say', PROSE[1], PROSE[2]].join('\n'));
    expect(result.blocks[1]?.kind).toBe('heading');
  });

  it('drops another story’s headline dropped between two paragraphs', () => {
    const stray = 'Famous Singer Announces Huge World Tour With Dozens Of Stadium Concerts Next Summer';
    const result = stripBoilerplate([PROSE[0], PROSE[1], stray, PROSE[2]].join('\n'));
    expect(result.blocks[2]?.reason).toBe('related');
  });

  it('drops a teaser card set inside the article: its headline printed twice and its summary', () => {
    const more = [
      'The police said that they had arrested two men in the capital and that more arrests were likely in the coming weeks.',
      'Banks have been asked to warn their customers about the scam, and several of them have already written to their clients.',
      'The ministry added that people who had lost money should contact their bank at once and report the loss to the police.',
    ];
    const headline = 'Council delays the harbour vote after a long night of protests by fishing families';
    const summary =
      'The vote on the harbour plan was put off until next month after residents filled the hall.';
    const result = stripBoilerplate([...PROSE, headline, 'Business', headline, summary, ...more].join('\n'));
    expect(result.blocks.map((b) => b.reason ?? b.kind)).toEqual([
      'content',
      'content',
      'content',
      'related',
      'navigation',
      'repeated',
      'related',
      'content',
      'content',
      'content',
    ]);
    expect(result.body).toBe([...PROSE, ...more].join('\n\n'));
  });

  it('keeps a long table of short cells between two paragraphs in the article', () => {
    // Forty-eight cells would weigh -1,440 line by line; a run of short lines counts at most -400, so
    // the paragraphs on both sides hold the article together.
    const cells: string[] = [];
    for (let row = 1; row <= 16; row++) cells.push(`Player ${row}`, `${row * 7}`, `${row * 9}%`);
    const after = [
      'first',
      'second',
      'third',
      'fourth',
      'fifth',
      'sixth',
      'seventh',
      'eighth',
      'ninth',
      'tenth',
      'last',
    ].map(
      (n) =>
        `The ${n} group of players said on Sunday that the new season had gone better than they expected, and that the coach deserved the credit.`,
    );
    const result = stripBoilerplate([...PROSE, ...after.slice(0, 3), ...cells, ...after.slice(3)].join('\n'));
    expect(result.body).toContain(PROSE[0]);
    expect(result.body).toContain(after[10]);
    expect(result.body).toContain('Player 1');
  });

  it('still cuts the article from prose beyond a long menu', () => {
    const menu = Array.from({ length: 30 }, (_, i) => `Section ${i + 1}`);
    const stray = 'Sign in to read more of the stories we picked for you today.';
    const result = stripBoilerplate([...PROSE, ...menu, stray].join('\n'));
    expect(result.body).toBe(PROSE.join('\n\n'));
  });

  it('never takes the region among the signed comments of a thread longer than the article', () => {
    const comments = [
      'Comments',
      'Jane Roe on March 3, 2020 at 6:15 pm said:',
      'I read the whole report last night and I still do not understand why the bank did not warn its customers much earlier than it did.',
      'It seems to me that the police should have been told about the parcels as soon as the first complaints came in from older people.',
      'John Doe on March 4, 2020 at 7:40 pm said:',
      'Thanks for the question. We have asked the ministry about this and we will write about their answer in a later post on this blog.',
      'In the meantime, anyone who has received one of these parcels should keep it and call the number on the ministry website at once.',
      'Sam on March 5, 2020 at 8:05 am said:',
      'My mother received two of these parcels in the spring and nobody at the post office was able to tell us where they had come from.',
    ];
    const result = stripBoilerplate([PROSE[0], PROSE[1], ...comments].join('\n'));
    expect(result.body).toBe([PROSE[0], PROSE[1]].join('\n\n'));
    expect(result.blocks[3]?.reason).toBe('comments');
  });

  it('takes a thread’s comments when the page has no article text before it', () => {
    const result = stripBoilerplate(['Comments', 'jane says:', PROSE[0], 'john says:', PROSE[1]].join('\n'));
    expect(result.body).toContain(PROSE[0]);
  });

  it('keeps an embedded post that closes the article, up to its attribution', () => {
    const post =
      'We must ask who we are as a nation if we answer threats with more threats pic.twitter.com/s9x2';
    const attribution = '— Jane Doe (@janedoe) November 19, 2019';
    const menu = [
      'Most Popular',
      'Markets fall on rate fears',
      'Rising',
      'Storm hits the coast overnight',
      'Rising',
    ];
    const result = stripBoilerplate([...PROSE, post, attribution, ...menu].join('\n'));
    expect(result.body).toBe([...PROSE, post, attribution].join('\n\n'));
  });

  it('keeps a list the article introduces with a colon', () => {
    const result = stripBoilerplate(
      [
        ...PROSE,
        'The tour dates:',
        'June 9 -- Arena One, Tampa',
        'June 10 -- Arena Two, Miami',
        '',
        'Markets',
      ].join('\n'),
    );
    expect(result.body).toContain('June 10 -- Arena Two, Miami');
  });

  it('takes a page’s numbered list as its article rather than a sidebar of prose', () => {
    const menu = ['News', 'Sport', 'Motor racing', 'Football', 'Tennis', 'Golf'];
    const items = [
      '1st round: 10 March – Interlagos',
      '2nd round: 8 April – Curitiba',
      '3rd round: 22 April – Velopark',
      '4th round: 6 May – Londrina',
      '5th round: 20 May – Santa Cruz do Sul',
      '6th round: 5 August – Goiânia',
    ];
    const footer = ['About us', 'Our team', 'Advertise with us', 'Work with us', 'Privacy', 'Write to us'];
    const sidebar = PROSE[0] as string;
    const result = stripBoilerplate([...menu, 'Race calendar 2018', ...items, ...footer, sidebar].join('\n'));
    expect(result.body).toBe(items.join('\n\n'));
  });

  it('ends the article at a "Tags" heading', () => {
    const after = [
      'Readers who were sent one of these parcels can write to our newsroom at any time of the day or night.',
      'Our reporters read every letter we are sent and answer as many of them as they can within the same week.',
    ];
    const result = stripBoilerplate([...PROSE, 'Tags', 'scams, police', ...after, 'Share'].join('\n'));
    expect(result.body).toBe(PROSE.join('\n\n'));
  });

  it('keeps a list of products past its prices and the features printed under several products', () => {
    const result = stripBoilerplate(
      [
        ...PROSE,
        'The best deals we found today:',
        'Wireless earbuds with a charging case',
        'Quick setup for all your devices',
        '$139.00',
        'Smart watch with a heart sensor',
        'Quick setup for all your devices',
        '$199.00',
        'Tablet with a large bright display',
        '$329.00',
        'Follow us on Facebook and Twitter',
        'Markets',
      ].join('\n'),
    );
    expect(result.body).toContain('Tablet with a large bright display');
    expect(result.body).not.toContain('Markets');
  });
});

describe('stripBoilerplate: teasers, captions and bios', () => {
  it('drops a teaser-list heading recognised by its shape, and the headlines under it', () => {
    const text = [
      ...PROSE,
      'More Great Example Stories',
      'Markets fall on rate fears as investors wait for the bank',
      'Could a storm this big hit the coast again next year?',
    ].join('\n');
    const result = stripBoilerplate(text);
    expect(result.body).toBe(PROSE.join('\n\n'));
    expect(result.blocks.slice(-3).every((b) => b.reason === 'related' || b.reason === 'outside')).toBe(true);
  });

  it('does not let a one-word "More" box split the article', () => {
    const text = [PROSE[0], PROSE[1], 'More:', 'Storm Hits The Coast Overnight', PROSE[2], PROSE[0]].join(
      '\n',
    );
    const result = stripBoilerplate(text);
    expect(result.body).toBe([PROSE[0], PROSE[1], PROSE[2], PROSE[0]].join('\n\n'));
    expect(result.blocks[3]?.reason).toBe('related');
  });

  it('drops captions that end with a credit', () => {
    const caption =
      'Officials inspect the parcels at the central post office in the capital on Monday [File: Reuters]';
    const credit =
      'A cross-section of the parcel scanner that the police used to check the parcels. Credit: ESA';
    const result = stripBoilerplate([PROSE[0], caption, PROSE[1], credit, PROSE[2]].join('\n'));
    expect(result.blocks[1]?.reason).toBe('credits');
    expect(result.blocks[3]?.reason).toBe('credits');
  });

  it('ends the article at an author bio heading', () => {
    const bio = 'Jane Doe is a reporter who has covered crime and the courts for the paper since 2010.';
    const result = stripBoilerplate([...PROSE, 'About Jane Doe', bio].join('\n'));
    expect(result.body).toBe(PROSE.join('\n\n'));
    expect(result.blocks.at(-2)?.reason).toBe('related');
  });

  it('drops an author bio sentence but not a sentence about someone else', () => {
    const bio = 'Tom Barker is a reporter for Example News.';
    const result = stripBoilerplate([...PROSE, bio].join('\n'));
    expect(result.blocks.at(-1)?.reason).toBe('credits');
    const fact =
      'Jim Lewis is a former diplomat who has studied the agency for more than thirty years, the report said.';
    expect(stripBoilerplate([PROSE[0], fact, PROSE[1], PROSE[2]].join('\n')).body).toContain(fact);
  });

  it('drops datelines but keeps an embedded post and its attribution', () => {
    const text = [
      'New Delhi | Updated : 7 March 2021, 08:12 AM',
      PROSE[0],
      'This is what the ministry posted this morning about the parcels, and it is worth reading.',
      '— Jane Doe (@janedoe) November 18, 2019',
      PROSE[1],
      PROSE[2],
    ].join('\n');
    const result = stripBoilerplate(text);
    expect(result.blocks[0]?.reason).toBe('metadata');
    expect(result.body).toContain('— Jane Doe (@janedoe) November 18, 2019');
  });

  it('keeps a standfirst sentence that the article repeats', () => {
    const standfirst = 'The ministry has warned people about parcels used in scams.';
    const text = [
      'Ministry warns of parcel scams',
      standfirst,
      PROSE[0],
      standfirst,
      PROSE[1],
      PROSE[2],
    ].join('\n');
    expect(stripBoilerplate(text).body).toContain(standfirst);
  });

  it('keeps list items introduced by a colon even when they look like headlines', () => {
    const text = [
      ...PROSE,
      'The tour dates:',
      'June 9 -- Harbor Point Arena, West Palm Beach, FL',
      'June 10 -- Lakeside Pavilion At The Bay, Tampa, FL',
    ].join('\n');
    expect(stripBoilerplate(text).body).toContain('June 10 -- Lakeside Pavilion At The Bay, Tampa, FL');
  });
});

describe('stripBoilerplate: other languages', () => {
  it('keeps a Russian article and finds its language', () => {
    const russian = [
      'В понедельник в Москве прошло заседание правительства, на котором обсуждались вопросы экономики и социальной политики.',
      'Премьер-министр поручил ведомствам подготовить предложения по поддержке малого бизнеса до конца месяца.',
      'По словам министра, в этом году на эти цели будет выделено больше средств, чем в прошлом году.',
    ];
    const result = stripBoilerplate(['Главная', 'Новости', ...russian, 'Поделиться'].join('\n'));
    expect(result.body).toBe(russian.join('\n\n'));
    expect(result.language).toBe('rus');
  });

  it('keeps a Portuguese article whose function words are not English', () => {
    const portuguese = [
      'O governo anunciou nesta terça-feira um novo programa de apoio às pequenas empresas do país.',
      'Segundo o ministro, o programa vai beneficiar mais de cem mil empresas nos próximos dois anos.',
      'As empresas interessadas poderão se inscrever a partir do próximo mês no site do ministério.',
    ];
    const result = stripBoilerplate(['Início', 'Notícias', ...portuguese].join('\n'));
    expect(result.body).toBe(portuguese.join('\n\n'));
    expect(result.language).toBe('por');
  });
  it('takes a body that opens with a run of names as English when the prose after it is', () => {
    // franc, given the first 300 characters (all names), answers Swedish; the share of English
    // function words is counted on the first 1,000.
    const names =
      'Sanders, Clinton, Trump: Kasich Bolton Gorka Rubio Cruz Paul Biden Warren Harris Booker ' +
      'Buttigieg Klobuchar Yang Steyer Bloomberg Gabbard Bennet Delaney Patrick Castro Williamson.';
    const prose =
      'The senator said on Tuesday that he would not stand again, and that the party had been told of his ' +
      'decision in a letter that was sent to its members in the spring. He said it was time for a younger ' +
      'man to take his place in the race for the nomination.';
    const text = `${names} ${names} ${prose}`;
    const result = stripBoilerplate(text);
    expect(result.body).toBe(text);
    expect(result.language).toBe('eng');
  });
});

describe('stripBoilerplate: title and date', () => {
  it('reads a metadata prefix and cuts it from the body', () => {
    const result = stripBoilerplate(page(`date 2025-05-19 ${PROSE[0]}`, PROSE[1] as string));
    expect(result.published).toBe('2025-05-19');
    expect(result.body.startsWith('The ministry said')).toBe(true);
    expect(result.blocks[0]).toMatchObject({
      text: 'date 2025-05-19',
      kind: 'boilerplate',
      reason: 'metadata',
    });
  });

  it('reads a dateline before the article', () => {
    const result = stripBoilerplate(
      ['Ministry warns of parcel scams', 'Published May 19, 2025', ...PROSE].join('\n'),
    );
    expect(result.published).toBe('2025-05-19');
    expect(result.title).toBe('Ministry warns of parcel scams');
  });

  it('ignores dates inside the prose', () => {
    expect(
      stripBoilerplate(
        page('On June 22, 2025, the ministry said it had found parcels used for scams.', ...PROSE),
      ).published,
    ).toBeNull();
  });
});

describe('stripBoilerplate: options', () => {
  const withFaq = [
    ...PROSE,
    'Frequently Asked Questions',
    'Question: What should people do?',
    'People should report the parcels to the police as soon as they can, the ministry said.',
  ].join('\n');
  it('keeps FAQ sections by default and drops them with keepFaq: false', () => {
    expect(stripBoilerplate(withFaq).body).toContain('Frequently Asked Questions');
    const strict = stripBoilerplate(withFaq, { keepFaq: false });
    expect(strict.body).not.toContain('Frequently Asked Questions');
    expect(strict.blocks.at(-1)?.reason).toBe('supplement');
  });
  it('drops key-point sections with keepKeyPoints: false', () => {
    const text = [
      ...PROSE,
      'Key Points',
      'The ministry found parcels used for scams and asked people to report them.',
    ].join('\n');
    expect(stripBoilerplate(text).body).toContain('Key Points');
    expect(stripBoilerplate(text, { keepKeyPoints: false }).body).not.toContain('Key Points');
  });
  it('drops prose under minScore', () => {
    const text = [...PROSE, 'Short one, it said.'].join('\n');
    expect(stripBoilerplate(text, { minScore: 0.9 }).blocks.some((b) => b.reason === 'low-score')).toBe(true);
  });
});

describe('stripBoilerplate: input handling', () => {
  it('returns an empty body for empty and blank input', () => {
    expect(stripBoilerplate('')).toEqual({
      title: null,
      published: null,
      language: 'und',
      body: '',
      blocks: [],
    });
    expect(stripBoilerplate(' \n\n\t ').blocks).toEqual([]);
  });
  it('throws TypeError for non-strings and bad options', () => {
    expect(() => stripBoilerplate(42 as unknown as string)).toThrow(TypeError);
    expect(() => stripBoilerplate(null as unknown as string)).toThrow(
      /stripBoilerplate: expected text to be a string, got null/,
    );
    expect(() => stripBoilerplate('x', 'eng' as never)).toThrow(TypeError);
  });
  it('handles CRLF line ends with exact offsets', () => {
    const text = PROSE.join('\r\n\r\n');
    const result = stripBoilerplate(text);
    expectSpansIn(text, result);
    expect(result.body).toBe(PROSE.join('\n\n'));
  });
});

describe('stripBoilerplate: properties', () => {
  it('spans hold, blocks are in order, the body is a fixed point', () => {
    fc.assert(
      fc.property(textInput, (text) => {
        const result = stripBoilerplate(text);
        if (!spansHold(text, result)) return false;
        for (let i = 1; i < result.blocks.length; i++) {
          if ((result.blocks[i] as { start: number }).start < (result.blocks[i - 1] as { end: number }).end)
            return false;
        }
        return stripBoilerplate(result.body).body === result.body;
      }),
      { numRuns: 300 },
    );
  });
});

describeAdversarial(
  'stripBoilerplate',
  (text) => stripBoilerplate(text),
  (input, output) => {
    expectSpansIn(input, output);
  },
);

describe('stripWithoutLanguage (copy detection)', () => {
  it('gives every seed the same title, date, body and blocks as stripBoilerplate', () => {
    for (const fixture of loadFixtures()) {
      const { language, ...rest } = stripBoilerplate(fixture.text);
      expect(language).not.toBeNull();
      expect(stripWithoutLanguage(fixture.text)).toEqual(rest);
    }
  });
});
