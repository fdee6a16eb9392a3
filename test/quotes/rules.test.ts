/**
 * The rules of quotation extraction and attribution, one small case each, grouped by rule.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/nlp.js';
import { extractQuotes, quotesFromParsed } from '../../src/quotes/index.js';
import type { Quote } from '../../src/quotes/types.js';
import { expectSpansIn } from '../helpers/spans.js';

/** Runs extractQuotes, checks every span, and returns the quotes. */
function quotes(text: string, options?: Parameters<typeof extractQuotes>[1]): Quote[] {
  const result = extractQuotes(text, options);
  expectSpansIn(text, result);
  return result;
}

/** The speaker names of the quotes, in order. */
function speakers(text: string): (string | null)[] {
  return quotes(text).map((q) => q.speaker?.name ?? null);
}

describe('quotation marks', () => {
  it('reads straight and curly double marks, words without the marks', () => {
    const straight = quotes('"We will win this race," Lewis said.');
    const curly = quotes('“We will win this race,” Lewis said.');
    expect(straight.map((q) => q.text)).toEqual(['We will win this race,']);
    expect(curly.map((q) => q.text)).toEqual(['We will win this race,']);
    expect(straight[0]?.start).toBe(1);
  });

  it('keeps a quotation split by its attribution as two quotes of the same speaker', () => {
    const found = quotes('"They could be plotting," Jim Lewis said. "It has happened before."');
    expect(found.map((q) => q.text)).toEqual(['They could be plotting,', 'It has happened before.']);
    expect(found.map((q) => q.speaker?.name)).toEqual(['Jim Lewis', 'Jim Lewis']);
  });

  it('joins a quotation that runs over paragraphs (no closing mark, the next one reopens)', () => {
    const text =
      'Lewis said:\n\n"The first paragraph of the statement goes on.\n\n"And the second one ends it here."';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text.startsWith('The first paragraph')).toBe(true);
    expect(found[0]?.text.endsWith('ends it here.')).toBe(true);
    expect(found[0]?.speaker?.name).toBe('Lewis');
  });

  it('keeps the text of marks broken by machine translation', () => {
    const text =
      'Jim Lewis spoke.\n\n“I had Chinese students say to me:” I could not speak in class because he would report. “”';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toContain('I had Chinese students say to me:');
    expect(found[0]?.text).toContain('because he would report.');
  });

  it('takes a wrong-way curly mark by the spaces around it', () => {
    const found = quotes('“It is rare and rather slow,“ said Jim Ortiz, an attorney.');
    expect(found.map((q) => q.text)).toEqual(['It is rare and rather slow,']);
    expect(found[0]?.speaker?.name).toBe('Jim Ortiz');
  });

  it('lets an unclosed mark run to the end of its paragraph', () => {
    const found = quotes('Lewis said: "We will not stop until the work is done\n\nNext paragraph here.');
    expect(found.map((q) => q.text)).toEqual(['We will not stop until the work is done']);
  });

  it('reads speech in single marks when a text quotes none in double marks (British style)', () => {
    const text =
      "The minister, Lena Parkes, spoke on Tuesday. 'We will work day and night to keep the buses running,' she said.\n\n'People should stay calm,' Ms Parkes added. The company's 'new' tariff, the students' union and the '90s were not mentioned.";
    const found = quotes(text);
    expect(found.map((q) => [q.text, q.kind, q.speaker?.name])).toEqual([
      ['We will work day and night to keep the buses running,', 'direct', 'Lena Parkes'],
      ['People should stay calm,', 'direct', 'Lena Parkes'],
    ]);
    // With double marks in the text, single ones stay nested quotes or apostrophes.
    expect(
      quotes("\"It is the 'new' plan for all of us,\" she said. 'Headline words' aside.").map((q) => q.text),
    ).toEqual(["It is the 'new' plan for all of us,"]);
  });

  it('finds nested single quotes, but not apostrophes', () => {
    const found = quotes("\"I've had students tell me, 'I couldn't talk in class,'\" Lewis said.");
    expect(found.map((q) => [q.kind, q.text])).toEqual([
      ['direct', "I've had students tell me, 'I couldn't talk in class,'"],
      ['nested', "I couldn't talk in class,"],
    ]);
  });
});

describe('kinds', () => {
  it('calls a statement of its own direct', () => {
    expect(quotes('Graham said, "How many of you believe this?"')[0]?.kind).toBe('direct');
    expect(quotes('He paused. "We lose because of it."')[0]?.kind).toBe('direct');
  });

  it('calls a fragment inside the writer’s sentence partial', () => {
    const found = quotes(
      'Jim Lewis described the operation as "the biggest espionage operation in its history."',
    );
    expect(found[0]).toMatchObject({
      kind: 'partial',
      speaker: { name: 'Jim Lewis' },
      cue: { text: 'described' },
    });
  });

  it('filters kinds with the kinds option', () => {
    const text = '"I have had students tell me, \'I could not talk in class,\'" Lewis said.';
    expect(quotes(text, { kinds: ['nested'] }).map((q) => q.kind)).toEqual(['nested']);
    expect(quotes(text, { kinds: ['direct'] }).map((q) => q.kind)).toEqual(['direct']);
  });
});

describe('terms and scare quotes', () => {
  it('does not return a quoted term of one to three words', () => {
    expect(quotes('He said the "honeypot" or "honey trap" strategy is common.')).toEqual([]);
    expect(quotes('It uses a "whole of society" approach.')).toEqual([]);
  });

  it('returns them with allQuoted', () => {
    const found = quotes('He said the "honeypot" or "honey trap" strategy is common.', { allQuoted: true });
    expect(found.map((q) => q.text)).toEqual(['honeypot', 'honey trap']);
    expect(found.every((q) => q.kind === 'partial')).toBe(true);
  });

  it('keeps a short statement with its own punctuation', () => {
    expect(quotes('"Only Tom O\'Malley," Ortiz said.').map((q) => q.text)).toEqual(["Only Tom O'Malley,"]);
  });

  it('does not return a quoted title', () => {
    expect(quotes('He wore a hat reading "Keep Main Street Open" at the rally.')).toEqual([]);
    expect(quotes('The actresses from "Night Shift in the Harbor" spoke at the event.')).toEqual([]);
    expect(quotes('He starred in "Mars 9 and After" at the festival.')).toEqual([]);
  });

  it('does not return a quoted web or e-mail address', () => {
    expect(quotes('The video is at "http://video.foxnews.com/v/12345," the network said.')).toEqual([]);
    expect(quotes('Readers can write to "tips@example.com" with news.')).toEqual([]);
    expect(quotes('"We will go to www.example.com and see it all," he said.').map((q) => q.kind)).toEqual([
      'direct',
    ]);
  });
});

describe('cues and speakers', () => {
  it('reads "X said" and "said X"', () => {
    expect(speakers('"We will win this race," Lewis said.')).toEqual(['Lewis']);
    expect(speakers('"We will win this race," said Lewis.')).toEqual(['Lewis']);
  });

  it('reads the cue before a quotation', () => {
    const found = quotes('Ortiz said, "How many of you think we can still win?"');
    expect(found[0]?.speaker).toMatchObject({ name: 'Ortiz', text: 'Ortiz', via: 'cue' });
    expect(found[0]?.cue?.text).toBe('said');
  });

  it('reads "As X warned,"', () => {
    const found = quotes('As Jim Lewis warned, "When they mistreat their own citizens, you are next."');
    expect(found[0]).toMatchObject({ speaker: { name: 'Jim Lewis' }, cue: { text: 'warned' } });
  });

  it('reads "according to X"', () => {
    const found = quotes('"The plan will fail within the year," according to Jim Lewis.');
    expect(found[0]).toMatchObject({ speaker: { name: 'Jim Lewis' }, cue: { text: 'according to' } });
  });

  it('reads a colon introduction', () => {
    expect(speakers('Lewis told reporters: "We are not done with this yet."')).toEqual(['Lewis']);
    expect(speakers('Ana Ruiz and Jim Ortiz: "We found that it held in every district."')).toEqual([
      'Jim Ortiz',
    ]);
  });

  it('reads across an apposition', () => {
    expect(speakers('"It is hard to do things there," Jim Lewis, a former U.S. diplomat, said.')).toEqual([
      'Jim Lewis',
    ]);
    expect(speakers('Ana Ruiz, a teacher from Millbrook, New York, said, "I am glad to see it."')).toEqual([
      'Ana Ruiz',
    ]);
  });

  it('reads the name in an apposition of a description', () => {
    const found = quotes('The spokesperson, Mao Ning, remarked, "I am not familiar with this issue."');
    expect(found[0]?.speaker).toMatchObject({ name: 'Mao Ning', via: 'apposition' });
    expect(found[0]?.cue?.text).toBe('remarked');
  });

  it('takes the last name of a title run', () => {
    expect(speakers('"We are ready to act," said Pentagon spokesman Navy Capt. Jim Ortiz.')).toEqual([
      'Jim Ortiz',
    ]);
    expect(speakers('"We are ready to act," Sen. Lindsey Graham (R-S.C.) said.')).toEqual(['Lindsey Graham']);
  });

  it('keeps a person apart from the body or place after "of"', () => {
    expect(speakers('"We can see the change," said Lena Park of the Institute for Harbor Studies.')).toEqual([
      'Lena Park',
    ]);
  });

  it('keeps an unnamed speaker as the description, without its article', () => {
    const found = quotes('"We have a lot left to finish," said a longtime adviser to both candidates.');
    expect(found[0]?.speaker).toMatchObject({ name: 'longtime adviser', via: 'cue' });
  });

  it('does not take a day for a speaker', () => {
    expect(speakers('"We will not stop," said Tuesday.')).toEqual([null]);
  });

  it('reads a credit line under a pull quote, with or without a dash', () => {
    const text =
      'Economists worry.\n\n"We may see a return of mayors praising the value of small budgets.\nTom Reyes, Institute for Harbor Studies."\n\nThe debate goes on.';
    expect(speakers(text)).toEqual(['Tom Reyes']);
  });

  it('reads a lone or owned title as a description, not a name', () => {
    const text =
      'Jim Ortiz quit on Friday. "We broke no rule in any of this," he said.\n\nThe Harbor Group’s CEO, Lena Park, said the firms had worked together.\n\n"We would have gladly filed the papers," she said.';
    expect(speakers(text)).toEqual(['Jim Ortiz', 'Lena Park']);
  });

  it('leaves a time phrase out of the speaker', () => {
    expect(
      speakers('"It was a long season for all of us," noted the Harbor City Evening Post this summer.'),
    ).toEqual(['Harbor City Evening Post']);
  });

  it('gives a participle right after a name to that person', () => {
    expect(
      speakers('The ad uses footage of Maria Delgado asking, "Why am I not far ahead, you might ask?"'),
    ).toEqual(['Maria Delgado']);
  });

  it('does not read a clause of time after a quotation as its attribution', () => {
    expect(
      speakers(
        'The spot shows Ortiz saying during the debate, "That makes me clever," when Ruiz mocked him for it.',
      ),
    ).toEqual(['Ortiz']);
  });

  it('reads the owner of the words before a colon', () => {
    expect(
      speakers(
        'Lena Park emailed her about it.\n\nRuiz’s response was: "Is the shop open on Sunday or not?"',
      ),
    ).toEqual(['Ruiz']);
  });

  it('takes any verb right after a quotation that ends open', () => {
    expect(speakers('"If they were serious, they would do it," Toomey fumed on Tuesday.')).toEqual([
      'Toomey',
    ]);
  });
});

describe('names', () => {
  it('expands a last name to the fullest form in the text', () => {
    expect(speakers('Jim Lewis spoke first.\n\n"We will win this race," Lewis said.')).toEqual(['Jim Lewis']);
  });

  it('does not expand to a different name with the same last word', () => {
    expect(speakers('Harbor News ran it.\n\n"The letters were sent in 2012," Valley News reported.')).toEqual(
      ['Valley News'],
    );
  });

  it('drops titles', () => {
    expect(speakers('Donald Trump arrived.\n\n"We will build it," Mr. Trump said.')).toEqual([
      'Donald Trump',
    ]);
  });
});

describe('pronouns', () => {
  it('resolves he and she to the last named speaker', () => {
    const found = quotes(
      'Anna Kwok said she receives threats.\n\n"You can never escape their rule," she said.',
    );
    expect(found[0]?.speaker).toMatchObject({ name: 'Anna Kwok', text: 'she', via: 'pronoun' });
  });

  it('resolves to a more recent sentence subject', () => {
    const text =
      '"It will pass," Jim Ortiz said.\n\nAna Ruiz, a former negotiator, expects a long fight over the rules.\n\n"People put it all on outsiders," she told the paper.';
    expect(speakers(text)).toEqual(['Jim Ortiz', 'Ana Ruiz']);
  });

  it('reads subjects across dashes, a parenthesis and an apposition, and after a colon', () => {
    const dashes =
      '"We will win this," Jim Ortiz said.\n\nAnd Ruiz campaign Chairman Tom Reyes — Ana Ruiz’s former campaign manager — gave a slogan.\n\n"She will fight for every family," he said.';
    expect(speakers(dashes)).toEqual(['Jim Ortiz', 'Tom Reyes']);
    const parenthesis =
      '"We will win this," Maria Delgado said.\n\nOn the other side, Sen. Tom Reyes (R-Ore.), a Republican candidate for governor, tweeted a warning. "Remember in November who voted against the bridge."';
    expect(speakers(parenthesis)).toEqual(['Maria Delgado', 'Tom Reyes']);
    const colon =
      '"We can win this," Jim Ortiz said.\n\nThey were not focused on the count: Mr. Mercer cited Oregon, where he had just been.\n\n"The voters there want a change," he said.';
    expect(speakers(colon)).toEqual(['Jim Ortiz', 'Mercer']);
  });

  it('finds the subject after an opening clause that a preposition or conjunction opens', () => {
    const text =
      '"We will win this," Tom Reyes said.\n\nDuring an interview with Dan Mercer that aired Wednesday night, Jim Ortiz discussed the bridge.\n\n"We are going to build a long, sturdy bridge," he said.';
    expect(speakers(text)).toEqual(['Tom Reyes', 'Jim Ortiz']);
  });

  it('gives a verb after a conjunction the subject of its clause', () => {
    const text =
      '"We will win every state," Trump said.\n\nSteve Elmendorf, a top fundraiser, says the main goal is "to disqualify Trump," but conceded that it was hard. "Yes, she will have to answer the trust questions," he added.';
    expect(speakers(text)).toEqual(['Trump', 'Steve Elmendorf']);
  });

  it('does not resolve he or she to a place', () => {
    const text =
      '"We will win this," Jim Ortiz said.\n\nOrtiz’s third stop Thursday in rural, western North Carolina, came just as Ruiz was meeting voters in Asheville.\n\n"We have to do it," he said.';
    expect(speakers(text)).toEqual(['Jim Ortiz', 'Jim Ortiz']);
  });

  it('does not read "According to the statement, Park met" as an apposition', () => {
    const text =
      'According to the statement, Lena Park met with Ortiz.\n\n"What came of that meeting will be shared tonight," the statement read.';
    expect(speakers(text)).toEqual(['statement']);
  });

  it('resolves she to a woman named after the nearest subject, in any role', () => {
    const text =
      '"Thanks for the quick reply," Jim Ortiz wrote.\n\nOrtiz was answering a note from Undersecretary Maria Delgado, saying that a plane had lifted off. "Crew boarded a few minutes ago," she wrote.';
    expect(speakers(text)).toEqual(['Jim Ortiz', 'Maria Delgado']);
  });

  it('does not resolve he to an unnamed group', () => {
    const text =
      'Jim Ortiz also claimed that unnamed city engineers agree with him. "We have experts who think we can build it," he said.';
    expect(speakers(text)).toEqual(['Jim Ortiz']);
  });

  it('leaves an unresolvable pronoun without a speaker but keeps the cue', () => {
    const found = quotes('"We will see what happens next," he said.');
    expect(found[0]).toMatchObject({ speaker: null, cue: { text: 'said' } });
  });
});

describe('quotes without a cue', () => {
  it('takes the previous speaker for a paragraph that is only a quote', () => {
    const text =
      '"It is hard to do things in China," Lewis said.\n\n"And it is completely monitored by the state."';
    const found = quotes(text);
    expect(found[1]?.speaker).toMatchObject({ name: 'Lewis', via: 'previous-quote' });
    expect(found[1]?.cue).toBeNull();
  });

  it('takes the last reported speaker from the paragraphs before', () => {
    const text =
      'Lewis told 60 Minutes that agents had infiltrated campuses.\n\n"I have had students tell me so."';
    expect(quotes(text)[0]?.speaker).toMatchObject({ name: 'Lewis', via: 'paragraph-context' });
  });

  it('gives no speaker when the text names nobody', () => {
    expect(speakers('"Nobody knows who wrote this line at all."')).toEqual([null]);
  });
});

describe('language', () => {
  const french =
    'Le président a déclaré mardi que la réforme serait adoptée avant l’été. « Nous ne reculerons pas devant les difficultés », a-t-il ajouté devant les députés réunis à Paris pour la séance.';

  it('returns nothing for a text confidently in another language', () => {
    expect(quotes(french)).toEqual([]);
  });

  it('runs on any text when told it is English', () => {
    expect(quotes(french, { language: 'eng' }).length).toBeGreaterThan(0);
  });

  it('returns nothing when told the text is in another language', () => {
    expect(quotes('"We will win this race," Lewis said.', { language: 'fra' })).toEqual([]);
  });
});

describe('quotesFromParsed', () => {
  it('gives the same answer as extractQuotes on a parse', () => {
    const text = '"We will win this race," Jim Lewis said. "They could be agents."';
    expect(quotesFromParsed(parseText(text))).toEqual(extractQuotes(text));
  });
});

describe('arguments', () => {
  it('throws a TypeError for a non-string text', () => {
    expect(() => extractQuotes(42 as unknown as string)).toThrow(
      new TypeError('copydesk: extractQuotes: expected text to be a string, got number'),
    );
    expect(() => extractQuotes(null as unknown as string)).toThrow(TypeError);
  });

  it('throws a TypeError for options that are not an object', () => {
    expect(() => extractQuotes('text', 'eng' as unknown as object)).toThrow(TypeError);
  });

  it('returns nothing for text without quotation marks or words', () => {
    expect(quotes('')).toEqual([]);
    expect(quotes('   \n\n ')).toEqual([]);
    expect(quotes('""""""')).toEqual([]);
    expect(quotes('No quotes here, he said.')).toEqual([]);
  });
});

describe('pronoun agreement', () => {
  it('skips a person of the other sex for he or she', () => {
    const text =
      'Ana Ruiz ran the company. Jim Ortiz sniped that she was "still finding her feet."\n\n"This is a choice between holding back and moving ahead," she said.';
    expect(speakers(text).at(-1)).toBe('Ana Ruiz');
  });

  it('keeps the nearest person when the name says no sex', () => {
    const text = 'Robin Smith spoke first.\n\n"We will fight this plan to the end," she said.';
    expect(speakers(text)).toEqual(['Robin Smith']);
  });

  it('reads the sex from a title', () => {
    const text =
      'Mrs. Clinton met Mr. Trump on Monday. Mr. Trump answered questions.\n\n"That was a very long meeting for everyone," she said.';
    expect(speakers(text)).toEqual(['Clinton']);
  });

  it('never takes a body named after "the" for he or she', () => {
    const text =
      'Jim Ortiz is asking about his sound system.\n\nHe notes that the Commission on Public Forums admitted there was a fault.\n\nHe says, "Using that sound system was far harder than it should be."';
    expect(speakers(text).at(-1)).toBe('Jim Ortiz');
  });
});

describe('reported speech and subjects', () => {
  it('takes the speaker of "…, said X" reported speech for a later pronoun', () => {
    const text =
      'Lena Park spoke first. The plan may be working, said Tom Reyes, a professor.\n\n"Each side is talking to its own voters and nobody else," he added.';
    expect(speakers(text)).toEqual(['Tom Reyes']);
  });

  it('reads a subject with several appositions', () => {
    const text =
      'Lena Park works in retail.\n\nAna Ruiz, 33, a supporter of Jim Ortiz who lives in Salem, Ore., finds herself in a similar job.\n\n"I have had two grants, but I still have loans," she said.';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });

  it('reads a name in apposition to the subject', () => {
    const text =
      'Rep. Tom Reyes spoke. One local woman, Lena Park, took him aside after the event.\n\n"I am so glad you do not forget our town," she told him.';
    expect(speakers(text)).toEqual(['Lena Park']);
  });
});

describe('credit lines', () => {
  it('takes the name on a dash line under the quotation', () => {
    const text =
      '"Great speech. She is ready. She never gives up."\n\n—President Ortiz, writing after the speech.\n\n"The whole plan is something we talk about all the time."\n\n- Lena Park, Portland.';
    const result = quotes(text);
    expect(result.map((q) => q.speaker?.name)).toEqual(['Ortiz', 'Lena Park']);
    expect(result[0]?.cue?.text).toBe('—');
  });

  it('does not take a dash line that goes on as a sentence', () => {
    const text = 'Lewis said: "We will win this race in the fall."\n\n— Obama spoke later that day.';
    expect(speakers(text)).toEqual(['Lewis']);
  });
});

describe('spokespeople', () => {
  it('names the body a spokesperson speaks for', () => {
    const result = quotes(
      '"A merger this large needs a careful review," a spokesman for Northwind Foods said.',
    );
    expect(result[0]?.speaker?.name).toBe('Northwind Foods');
    expect(result[0]?.speaker?.text).toBe('spokesman');
  });

  it('keeps a spokesperson for no named body as the description', () => {
    expect(speakers('"We will not comment on the deal at this time," a spokesman said.')).toEqual([
      'spokesman',
    ]);
  });
});

describe('according to', () => {
  it('counts "according to X" as reported speech for a later quote', () => {
    const text =
      'Tom Reyes is reportedly giving $25 million to the group.\n\nAccording to Channel 9’s Lena Park, the money will pay for ads.\n\n“It helps the party down ballot, and it shows the big donors are back.”';
    expect(speakers(text)).toEqual(['Lena Park']);
  });
});

describe('colon introductions without a speech verb', () => {
  it('takes the subject of the sentence that ends with the colon', () => {
    const text =
      'Lewis spoke first.\n\nWith leaders worried about turnout, President Ortiz is trying out a new message: "It is about the town and its future."';
    expect(speakers(text)).toEqual(['Ortiz']);
  });
});

describe('tagger slips beside a quotation', () => {
  it('reads a participle before a common noun as part of the subject (`acting chairman`)', () => {
    expect(
      speakers(
        '"We will keep the doors open all winter," Friends of the River acting chairman Lena Ortiz told reporters.',
      ),
    ).toEqual(['Lena Ortiz']);
    expect(
      speakers(
        '"We will keep the doors open all winter," Parks Alliance managing editor Lena Ortiz told reporters.',
      ),
    ).toEqual(['Lena Ortiz']);
  });

  it('gives a quotation closed by a comma to the name of the short clause after it', () => {
    // wink tags `shot` in `Vance shot back` as a noun.
    const text =
      'Martha Vance runs the shelter in Duluth. Tom Reyes criticized the mayor. "The city has forgotten these families for years," Vance shot back.';
    const [quote] = quotes(text);
    expect(quote?.speaker?.name).toBe('Martha Vance');
    expect(quote?.cue?.text).toBe('shot');
  });
});

describe('interview turns', () => {
  it('gives a name-labelled turn to the name, in capitals too (`PARK:`)', () => {
    const text =
      'Gov. Lena Park spoke to Tom Mercer on Sunday.\n\nMERCER: "Do you think the governor has done enough?"\n\nPARK: "I think we have started, and we will keep going."';
    expect(speakers(text)).toEqual(['Tom Mercer', 'Lena Park']);
  });

  it('gives `Q:` turns to no one named and `A:` turns to the person interviewed', () => {
    const text =
      'Ana Ruiz spoke with the Herald.\n\nQ: "Will you vote for him?"\n\nA: "I am not going to answer that today."\n\nQ: "Why not?"\n\nA: "Because the campaign is not over yet."';
    expect(speakers(text)).toEqual([null, 'Ana Ruiz', null, 'Ana Ruiz']);
  });

  it('reads `Q.` and `A.` with a full stop as the same labels', () => {
    const text =
      'Ana Ruiz spoke with the Herald.\n\nQ. “Will the harbour reopen this year?”\n\nA. “Not before the spring, and maybe not even then.”';
    expect(speakers(text)).toEqual([null, 'Ana Ruiz']);
  });

  it('gives the answers to the person interviewed, not to the paper that asks (`The Herald spoke with Ana Ruiz.`)', () => {
    const text =
      'The Harbour Ledger spoke with Ana Ruiz, the port director.\n\nQ: “Will the harbour reopen this year?”\n\nA: “Not before the spring, and maybe not even then.”';
    expect(speakers(text)).toEqual([null, 'Ana Ruiz']);
  });
});

describe('source phrases without a speech verb', () => {
  const cases: [string, string][] = [
    [
      'The festival moved to Denver because, in Forbes’ words, "they are the best places on the planet."',
      'Forbes',
    ],
    [
      'Jim Lewis spoke first. In the words of Maria Delgado, "we cannot wait another year for this."',
      'Maria Delgado',
    ],
    [
      'Jim Lewis spoke first. In Maria Delgado’s words, "we cannot wait another year for this."',
      'Maria Delgado',
    ],
    [
      'Jim Lewis spoke first. From the report: "Samples with more careful weighting gave better results."',
      'report',
    ],
    [
      'Jim Lewis spoke first. Here’s Maria Delgado in December 1992: "Our new plan must rest on the facts of today."',
      'Maria Delgado',
    ],
  ];
  for (const [text, speaker] of cases) {
    it(`gives the quotation to ${speaker}: ${text.slice(0, 40)}…`, () => {
      expect(speakers(text)).toEqual([speaker]);
    });
  }
});

describe('according to a written source', () => {
  it('gives a statement or email to the body or person it comes from', () => {
    expect(
      speakers(
        'Jim Lewis spoke first.\n\nAccording to a statement from the Parks Alliance, "the trails will stay closed until spring."\n\n"We regret the delay and thank hikers for their patience."',
      ),
    ).toEqual(['Parks Alliance', 'Parks Alliance']);
    expect(
      speakers(
        'Jim Lewis spoke first. "The trails will stay closed until spring," according to a statement released by Maria Delgado.',
      ),
    ).toEqual(['Maria Delgado']);
  });

  it('gives the words of a person’s campaign or spokesman to the person, as a spokesman for them', () => {
    expect(
      speakers('Jim Lewis spoke first. "We will not stop," Maria Delgado’s campaign said in a statement.'),
    ).toEqual(['Maria Delgado']);
    expect(speakers('Jim Lewis spoke first. Maria Delgado’s spokesman said, "We will not stop."')).toEqual([
      'Maria Delgado',
    ]);
  });

  it('gives the words of an unnamed aide, adviser or source to whom they work for or are close to', () => {
    expect(
      speakers(
        'Maria Delgado spoke first.\n\n"We will not stop," one Delgado aide said.\n\n"The race is close," said a longtime adviser to Maria Delgado.\n\n"She is tired," said a person close to the Parks Alliance.\n\n"We have the votes," a former Delgado campaign official said.\n\n"Nothing has changed," the Delgado campaign said in a statement.',
      ),
    ).toEqual(['Maria Delgado', 'Maria Delgado', 'Parks Alliance', 'Maria Delgado', 'Maria Delgado']);
  });

  it('keeps an official described by a nationality as a description (`an Israeli official`)', () => {
    expect(speakers('Talks went on. "We will see," an Israeli official said.')).toEqual(['Israeli official']);
  });

  it('keeps a place as where they are from, except for an official (`a Vietnam veteran`, `a Texas official`)', () => {
    expect(
      speakers('Talks went on. "We will see," a Vietnam veteran said. "No," a Florida lawyer said.'),
    ).toEqual(['Vietnam veteran', 'Florida lawyer']);
    expect(speakers('Talks went on. "We will see," a Texas official said.')).toEqual(['Texas']);
  });

  it('reads `the` before the body a spokesperson speaks for', () => {
    expect(
      speakers(
        'Jim Lewis spoke first. "The trails will stay closed until spring," a spokesman for the Parks Alliance said.',
      ),
    ).toEqual(['Parks Alliance']);
  });
});

describe('a manner adverb between subject and verb', () => {
  it('reads the subject across an apposition and an -ly adverb (`…, a close ally, quietly conceded`)', () => {
    const text =
      'Jim Lewis spoke first.\n\nGov. Ann Tillman (D), a close ally of the mayor, quietly conceded the point at the hearing, saying, "We have to start over."';
    expect(speakers(text)).toEqual(['Ann Tillman']);
  });
});

describe('a person brought in right before a quotation', () => {
  it('gives `he` to a new person the sentence before ends by introducing', () => {
    const text =
      '"The plan is fine," Tom Reyes said.\n\nWhile Reyes had the support of the unions, that has not happened for the mayor, which worries Jim Ortiz, president of the Duluth-based Harbor Workers Caucus.\n\n"No one is marching for her," he said.';
    expect(speakers(text)).toEqual(['Tom Reyes', 'Jim Ortiz']);
  });

  it('does not when the apposition runs on into the sentence (`by Jim Ortiz, the sheriff, Reyes launched…`)', () => {
    const text =
      '"The plan is fine," Tom Reyes said.\n\nIntroduced after a speech by Jim Ortiz, the county sheriff, Reyes launched into a long lament.\n\n"We will build it," he said.';
    expect(speakers(text)).toEqual(['Tom Reyes', 'Tom Reyes']);
  });
});

describe('a description tied to a name in the writer’s sentence', () => {
  it('resolves a later `the mayor said` to the name the apposition gave, in either order', () => {
    expect(
      speakers(
        'Tom Reyes spoke first.\n\nThe mayor, Maria Delgado, disagreed.\n\n"It will fail," the mayor said.',
      ),
    ).toEqual(['Maria Delgado']);
    expect(
      speakers(
        'Tom Reyes spoke first.\n\nMaria Delgado, the mayor of Duluth, disagreed.\n\n"It will fail," the mayor said.',
      ),
    ).toEqual(['Maria Delgado']);
  });

  it('drops the title of the person a spokesperson speaks for', () => {
    expect(
      speakers('Tom Reyes spoke first.\n\n"It will fail," a spokeswoman for Mayor Maria Delgado said.'),
    ).toEqual(['Maria Delgado']);
  });
});

describe('an owner inside an apposition', () => {
  it('keeps the subject when its apposition names an owner (`X, Mayor Y’s former aide, said`)', () => {
    const text =
      'Maria Delgado spoke first.\n\nIn the wake of the vote, Tom Reyes, Mayor Jim Ruiz’s former chief strategist, gave the council some of the blame.\n\nHe said the council had "an unhealthy habit of secrecy that keeps creating problems."';
    expect(speakers(text)).toEqual(['Tom Reyes']);
  });
});

describe('an apposition left open', () => {
  it('reads the name before an apposition with a relative clause and no closing comma', () => {
    expect(
      speakers(
        'Polls moved again.\n\n"Delgado needs a plan for the suburbs," Tom Reyes, the pollster who founded reyespolls.com tweeted on Wednesday.',
      ),
    ).toEqual(['Tom Reyes']);
  });
});

describe('two people as one subject', () => {
  it('gives joint words to the person named first', () => {
    expect(
      speakers(
        'Judges ruled on Friday.\n\n"We will appeal at once," council leader Ana Ruiz and Deputy Mayor Tom Reyes, both Democrats, said in a statement.\n\n"It is not over," Ruiz and Reyes said.',
      ),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('more reporting verbs', () => {
  it('reads `estimated that` as reported speech for the fragment after it', () => {
    const text =
      'Jim Lewis spoke first.\n\nMaria Delgado estimated that there are "somewhere between 23 and 28 members who will vote against it."';
    const found = quotes(text);
    expect(found.map((q) => q.speaker?.name)).toEqual(['Maria Delgado']);
    expect(found.map((q) => q.cue?.text)).toEqual(['estimated']);
  });
});

describe('a word after an article', () => {
  it('reads a word tagged as an adverb after `the` as the subject’s noun (`the daily wrote`)', () => {
    const text =
      'Jim Lewis spoke first.\n\n"She has the experience. She is well placed to get things done," the daily wrote.';
    expect(speakers(text)).toEqual(['daily']);
  });
});

describe('a quoted nickname inside a name', () => {
  it('reads `Juan "Chico" Ortiz` as one name, so a `he` can reach it', () => {
    const text =
      'Maria Delgado spoke first.\n\n"We are here for them," Delgado said.\n\nJuan "Chico" Ortiz of Salem held one of the signs. "I smiled through the whole parade," he said.';
    expect(speakers(text)).toEqual(['Maria Delgado', 'Juan "Chico" Ortiz']);
  });
});

describe('questions in the writer’s text', () => {
  it('reads the subject after the auxiliary of a question (`Was Mark Delgado happy…?`)', () => {
    const text =
      'Tom Reyes spoke first and answered every question at length.\n\nWas Mark Delgado happy with the answer?\n\n"To a degree, yes," he said. "It was a start."';
    expect(speakers(text)).toEqual(['Mark Delgado', 'Mark Delgado']);
  });
});

describe('a he or she in the writer’s text', () => {
  it('keeps the person it resolved to, of unknown sex, ahead of a later name (`She said … to elect Maria Lopez`)', () => {
    const text =
      '"Schools need more money," Maria Lopez said at a rally.\n\n"We do not always agree on things," said Jorin Vale, who chairs the council.\n\n"This plan is a trap dressed up as a gift," union president Tom Mercer told reporters.\n\nVale takes a softer line. She said she would rather see the funds used to elect Maria Lopez.\n\n"They are trying to hold the schools back," she said.';
    expect(speakers(text)).toEqual(['Maria Lopez', 'Jorin Vale', 'Tom Mercer', 'Jorin Vale']);
  });
});

describe('what a speech verb says', () => {
  it('keeps a fragment in the clause right after the verb with the verb’s speaker and cue', () => {
    const [quote] = quotes(
      'Jim Lewis spoke first. Maria Lopez, the mayor, said that Reyes owes "every family on the east side an apology."',
    );
    expect(quote?.speaker?.name).toBe('Maria Lopez');
    expect(quote?.cue?.text).toBe('said');
  });
});

describe('titles of made works', () => {
  it('drops a title-case quotation right after a noun for a work, whatever its final mark', () => {
    expect(quotes('Jim Lewis acted in the cable movie “Harbor Storm 2: Not Again!” last year.')).toEqual([]);
    expect(quotes('One ad, "Fair Share Plan," urges voters to split their tickets.')).toEqual([]);
  });

  it('drops a title-case quotation followed by a noun for a work in apposition', () => {
    expect(quotes('To top it off, "Port-Side," a movie about a dock strike, opens Friday.')).toEqual([]);
  });

  it('keeps title-case speech that has no work beside it', () => {
    expect(speakers('"Only Tom O\'Malley," Ortiz said.')).toEqual(['Ortiz']);
  });
});

describe('headlines that put words in a mouth', () => {
  it('gives the first quotation without a cue to the name of a `Name: ‘…’` headline', () => {
    const text =
      'Maria Delgado: ‘We Are Done Waiting For The City.’\n\n"The council has ignored our neighborhood for a decade. We will keep coming back until the parks are open again."';
    expect(speakers(text)).toEqual(['Maria Delgado']);
  });
});

describe('according to, far from the quotation', () => {
  it('leaves an `according to` that sources a later clause, not the quotation', () => {
    const text =
      'Jim Lewis spoke first. Maria Delgado’s reply was: "Is the shop open on Sundays?" Harbor Lane is a Salem, Ore., gifts store, which sells glass and pottery, according to its website.';
    expect(speakers(text)).toEqual(['Maria Delgado']);
  });

  it('reads the owner of the post in `From Maria Delgado’s Facebook post:`', () => {
    expect(
      speakers(
        'Jim Lewis spoke first. From Maria Delgado’s Facebook post: "We will keep the parks open all winter."',
      ),
    ).toEqual(['Maria Delgado']);
  });
});

describe('an owner heading the subject', () => {
  it('makes the owner the sentence’s topic for a later he or she (`Ana Ruiz’s future is unclear, but she said…`)', () => {
    const text =
      '"The vote was not fair," said Maria Delgado, who watched the count.\n\nAna Ruiz’s future is still unclear, but she said on Monday that she would lead the party anyway. "I am going to stay," she said.';
    expect(speakers(text)).toEqual(['Maria Delgado', 'Ana Ruiz']);
  });
});

describe('the subject after an opening clause', () => {
  it('gives a participle’s quotation to the subject after an opening clause, an owner’s campaign to the owner', () => {
    const text =
      'Jim Lewis spoke first. Shortly after the hearing ended, Maria Delgado’s campaign sent out a release saying Reyes owes "the city an apology for the long delay."';
    expect(speakers(text)).toEqual(['Maria Delgado']);
  });
});

describe('questions put to a speaker', () => {
  it('gives a passive question to the interviewer named in the sentence, never to its subject', () => {
    const text =
      'Jim Lewis spoke first. In an interview with the Daily Herald published Wednesday, Maria Delgado was asked, "What is the hardest part of the job?"';
    expect(speakers(text)).toEqual(['Daily Herald']);
    expect(
      speakers('Jim Lewis spoke first. Maria Delgado was asked, "What is the hardest part of the job?"'),
    ).toEqual([null]);
  });

  it('leaves a cue that runs into the next quotation to that quotation (`"…?" He answered, "…"`)', () => {
    const text =
      'Jim Lewis spoke first.\n\nA reporter wanted to know more. "Would you have told her it was a bad idea?" Lewis answered, "I have no idea, we are old friends."';
    const found = quotes(text);
    expect(found.map((q) => q.cue?.text ?? null)).toEqual([null, 'answered']);
    expect(found[1]?.speaker?.name).toBe('Jim Lewis');
  });
});

describe('a speech verb after a conjunction', () => {
  it('shares the subject of the clause it ends (`she looked…, raised an eyebrow and said, "…"`)', () => {
    const text =
      'Jim Lewis spoke first.\n\nLast month, when I asked Maria Delgado if she would ever run again, she looked into my camera, raised an eyebrow and said, "I might run against YOU!"';
    expect(speakers(text)).toEqual(['Maria Delgado']);
  });
});

describe('a lede quotation', () => {
  it('gives the text’s first quotation without a cue to the name of the speech verb right after it', () => {
    const text =
      '"Plenty of people said we should have merged a bakery with a bank."\n\nThat was how Maria Delgado, the chief executive of the network, once described the failed merger.';
    expect(speakers(text)).toEqual(['Maria Delgado']);
  });
});

describe('an apposition that ends with a quoted title', () => {
  it('reads past the comma inside the title’s closing mark to the verb (`star of “Night Shift,” thanked`)', () => {
    const text =
      'Jim Lewis spoke first.\n\nMaria Delgado, star of the television drama “Night Shift,” thanked the mayor for “making the streets feel safe again.”';
    expect(speakers(text)).toEqual(['Maria Delgado']);
  });
});

describe('a participle after a subject with no name', () => {
  it('gives the words to a noun phrase without article as subject (`hundreds of parents filled…, chanting`)', () => {
    const text =
      'Jim Lewis spoke first.\n\nOn Sunday, hundreds of parents filled the streets around City Hall, chanting, “No more cuts to our schools.”';
    expect(speakers(text)).toEqual(['hundreds of parents']);
  });

  it('reads a subject opened by an adjective the same way (`angry parents filled…, chanting`)', () => {
    const text =
      'Jim Lewis spoke first.\n\nOn Sunday, angry parents filled the streets around City Hall, chanting, “No more cuts to our schools.”';
    expect(speakers(text)).toEqual(['angry parents']);
  });
});

describe('a name after a preposition before a colon', () => {
  it('is where the words went, not who spoke them (`Ruiz fired back on Twitter: "…"`)', () => {
    const text =
      'Jim Lewis spoke first.\n\n“He has no plan,” Tom Reyes said of Ana Ruiz.\n\nRuiz fired back on Twitter: “He is simply wrong about the numbers.”';
    expect(speakers(text)).toEqual(['Tom Reyes', 'Ana Ruiz']);
  });

  it('still lets a name with no preposition before the colon speak (`Tom Reyes and Ana Ruiz: "…"`)', () => {
    expect(speakers('Jim Lewis spoke first.\n\nAna Ruiz: “He is simply wrong about the numbers.”')).toEqual([
      'Ana Ruiz',
    ]);
  });
});

describe('a dash credit on the quotation’s own line', () => {
  it('names the speaker of a round-up quotation (`"…" — Ana Ruiz, mayor of Duluth`), whatever the dash', () => {
    const text =
      'What they said this week.\n\n“We will win this race in the fall and nobody can stop us.” —Ana Ruiz, mayor of Duluth\n\n“Taxes will go up, and soon, believe me.” – Tom Reyes\n\n“Nobody saw this coming, not even the pollsters.” - Mia Cole.';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Tom Reyes', 'Mia Cole']);
  });

  it('leaves a dash that opens a new sentence of the writer’s alone (`"…" — Ana Ruiz, however, disagreed`)', () => {
    const text =
      'Jim Lewis spoke first.\n\n“We will win this race in the fall and nobody can stop us.” — Ana Ruiz, however, disagreed with that.';
    expect(speakers(text)).toEqual(['Jim Lewis']);
  });
});

describe('a subject that joins titles to a name with and', () => {
  it('ends with the name right before the first verb (`Union organizer and former teacher Ana Ruiz has campaigned…, praising`)', () => {
    const text =
      'Jim Lewis spoke first.\n\nUnion organizer and former teacher Ana Ruiz has campaigned across the county this month, praising volunteers for “knocking on every single door twice.”';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });
});

describe('a speech verb with no subject of its own after a quotation in the same sentence', () => {
  it('gives the words to that quotation’s speaker (`praising volunteers for "…," and adding, "…"`)', () => {
    const text =
      '“Every vote counts in this county,” Tom Reyes once said.\n\nUnion organizer and former teacher Ana Ruiz has campaigned across the county this month, praising volunteers for “knocking on every single door twice,” and adding, “We will be back here in November with the votes.”';
    expect(speakers(text)).toEqual(['Tom Reyes', 'Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('an inverted asked right after a quotation', () => {
  it('makes the name after the verb the asker (`"…?" asked Ana Ruiz.`)', () => {
    const text = 'Jim Lewis spoke first.\n\n“Why not try it this year?” asked Ana Ruiz, the mayor.';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });

  it('keeps a name after the subject and verb as the one asked (`"…?" Tom Reyes asked Ana Ruiz.`)', () => {
    const text = 'Jim Lewis spoke first.\n\n“Why not try it this year?” Tom Reyes asked Ana Ruiz.';
    expect(speakers(text)).toEqual(['Tom Reyes']);
  });
});

describe('a present-tense speech verb the tagger takes for a noun', () => {
  it('is the verb right after the subject of a quotation that runs on (`"…," Ana Ruiz notes in her book`)', () => {
    const text =
      'Jim Lewis spoke first.\n\n“We have the votes now,” Ana Ruiz notes in her new book.\n\n“It was never about the votes,” the mayor remarks.';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'mayor']);
  });

  it('is the verb right after a name before a colon (`Ana Ruiz notes: "…"`)', () => {
    const text = 'Tom Reyes spoke at length.\n\nAna Ruiz notes: “We have the votes now.”';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
    expect(quotes(text)[0]?.cue?.text).toBe('notes');
  });

  it('stays a noun when a verb follows it (`"…," the campaign notes were clear`)', () => {
    const text = 'Jim Lewis spoke first.\n\n“We have the votes now,” the campaign notes were clear.';
    expect(quotes(text)[0]?.cue).toBeNull();
  });
});

describe('a title written in full before a full stop', () => {
  it('ends the sentence, so the person it introduces takes the next he (`…, the finance director. "…," he said.`)', () => {
    const text =
      'Jim Ortiz opened the session. Critics include Tom Reyes, the finance director. “We cannot spend it,” he said.';
    expect(speakers(text)).toEqual(['Tom Reyes']);
  });

  it('still keeps a title abbreviation inside a name (`said Rev. Paul Ortiz`)', () => {
    const text = 'Tom Reyes spoke first. “We cannot spend it,” said Rev. Paul Ortiz.';
    expect(speakers(text)).toEqual(['Paul Ortiz']);
  });
});

describe('a listener after to', () => {
  it('is not the speaker of a speech verb before a colon (`…and explained to Ana Ruiz: "…"`)', () => {
    const text = 'Maria Delgado arrived late and explained to Ana Ruiz: “You will lose the vote.”';
    expect(speakers(text)).toEqual(['Maria Delgado']);
  });

  it('is not the speaker after the council either (`…stood up and explained to the council: "…"`)', () => {
    const text = 'Tom Reyes stood up and explained to the council: “We need more money for the roads.”';
    expect(speakers(text)).toEqual(['Tom Reyes']);
  });

  it('still reads the source of according to (`"…," according to Ana Ruiz.`)', () => {
    const text = 'Tom Reyes stood up.\n\n“The money for the roads is gone,” according to Ana Ruiz.';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });
});

describe('a quotation credited by the next sentence', () => {
  it('goes to the name that opens the sentence after it with a speech verb (`"…." Ana Ruiz said on Monday.`)', () => {
    const text =
      'Tom Reyes opened the meeting.\n\n“The roof is leaking and nobody has fixed it.” Ana Ruiz said on Monday. “We will fix it.”';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('allows titles and an apposition before the verb and a listener after it', () => {
    const titled =
      'Tom Reyes opened the meeting.\n\n“The roof is leaking and nobody has fixed it.” Mayor Ana Ruiz told reporters after the vote.';
    const apposed =
      'Tom Reyes opened the meeting.\n\n“The roof is leaking and nobody has fixed it.” Ana Ruiz, the mayor, said on Monday.';
    expect(speakers(titled)).toEqual(['Ana Ruiz']);
    expect(speakers(apposed)).toEqual(['Ana Ruiz']);
  });

  it('goes to the subject after `that is how` whatever its verb (`"…." That was how Ana Ruiz put it.`)', () => {
    const put = 'Tom Reyes spoke at length.\n\n“We will win it in the fall.” That was how Ana Ruiz put it.';
    const summed =
      'Tom Reyes spoke at length.\n\n“We will win it in the fall.” That’s how Mayor Ana Ruiz summed it up.';
    const thinks =
      'Tom Reyes spoke at length.\n\n“We will win it in the fall.” That is how Ana Ruiz thinks the race will go.';
    expect(speakers(put)).toEqual(['Ana Ruiz']);
    expect(speakers(summed)).toEqual(['Ana Ruiz']);
    expect(speakers(thinks)).toEqual(['Tom Reyes']);
  });

  it('leaves a sentence that reports other words to the speaker before (`"…." Ana Ruiz said the council would meet.`)', () => {
    const text =
      'Tom Reyes opened the meeting.\n\n“The roof is leaking and nobody has fixed it.” Ana Ruiz said the council would meet again.';
    expect(speakers(text)).toEqual(['Tom Reyes']);
  });
});

describe('a label with no verb before a colon', () => {
  it('gives the words to the person whose name opens the line (`Ana Ruiz on the race: "…"`)', () => {
    const plain = 'Tom Reyes spoke at length.\n\nAna Ruiz on the race: “We will win it in the fall.”';
    const described =
      'Tom Reyes spoke at length.\n\nMayor Ana Ruiz, the union leader, in a speech on Monday: “We will win it in the fall.”';
    expect(speakers(plain)).toEqual(['Ana Ruiz']);
    expect(speakers(described)).toEqual(['Ana Ruiz']);
  });

  it('may follow the quotation before it on the same line (`…" Tom Reyes on the budget: "…"`)', () => {
    const text =
      'Lena Ortiz spoke at length.\n\nAna Ruiz on the race: “We will win it in the fall.” Tom Reyes on the budget: “We cannot pay for it.”';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Tom Reyes']);
  });

  it('takes a lone surname only when the text has established it (`Ruiz on the race:`)', () => {
    const known =
      'Ana Ruiz won the primary. Tom Reyes spoke at length.\n\nRuiz on the race: “We will win it in the fall.”';
    const place = 'Tom Reyes spoke at length.\n\nWashington on Monday: “We will win it in the fall.”';
    expect(speakers(known)).toEqual(['Ana Ruiz']);
    expect(speakers(place)).toEqual(['Tom Reyes']);
  });
});

describe('a dash credit with an occasion or a source', () => {
  it('reads the name before an occasion, a source in parentheses or a participle', () => {
    const lead = 'Tom Reyes spoke at length.\n\n“We will win it in the fall.” — ';
    expect(speakers(`${lead}Ana Ruiz on Monday`)).toEqual(['Ana Ruiz']);
    expect(speakers(`${lead}Ana Ruiz (Duluth Herald)`)).toEqual(['Ana Ruiz']);
    expect(speakers(`${lead}Ana Ruiz, speaking at a rally`)).toEqual(['Ana Ruiz']);
    expect(
      speakers('Tom Reyes spoke at length.\n\n“We will win it in the fall.”\n— Ana Ruiz at the rally'),
    ).toEqual(['Ana Ruiz']);
  });

  it('leaves a dash that opens the writer’s sentence (`— Ana Ruiz on Monday said she…`)', () => {
    const lead = 'Tom Reyes spoke at length.\n\n“We will win it in the fall.” — ';
    expect(speakers(`${lead}Ana Ruiz on Monday said she would not run.`)).toEqual(['Tom Reyes']);
    expect(speakers(`${lead}Ana Ruiz, speaking at a rally, said she would run.`)).toEqual(['Tom Reyes']);
  });
});

describe('a he or she and the people named after it', () => {
  it('never refers to a person named later in its own sentence (`Later he turned to Jim Ortiz and said:`)', () => {
    const text = 'Ana Ruiz met Tom Reyes on Monday. Later he turned to Jim Ortiz and said: “We cannot wait.”';
    expect(speakers(text)).toEqual(['Tom Reyes']);
  });
});

describe('an adverb that opens the sentence before a name', () => {
  it('is no part of the speaker’s name (`Later Tom Reyes said:`)', () => {
    const later = 'Maria Delgado listened. Later Tom Reyes said: “You will lose the vote.”';
    const then = 'Maria Delgado listened. Then Tom Reyes said: “You will lose the vote.”';
    expect(speakers(later)).toEqual(['Tom Reyes']);
    expect(speakers(then)).toEqual(['Tom Reyes']);
  });
});

describe('warn, remind, assure, advise and inform before a quotation', () => {
  it('take the listener as object like tell (`…and reminded Ana Ruiz, "…"`)', () => {
    const text = 'Tom Reyes spoke at length and reminded Ana Ruiz, “We cannot wait for the money.”';
    expect(speakers(text)).toEqual(['Tom Reyes']);
  });

  it('still have the speaker after them right after a quotation (`"…," warned Ana Ruiz.`)', () => {
    const text = 'Tom Reyes spoke at length.\n\n“We cannot wait for the money,” warned Ana Ruiz.';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });
});

describe('who after a name', () => {
  it('stands for the name before its comma (`…by Ana Ruiz, who said: "…"`)', () => {
    const plain =
      'Tom Reyes spoke at length. He was followed by Ana Ruiz, who said: “We had the votes then.”';
    const adverb = 'Tom Reyes spoke at length. He thanked Ana Ruiz, who later said: “We had the votes then.”';
    expect(speakers(plain)).toEqual(['Ana Ruiz']);
    expect(speakers(adverb)).toEqual(['Ana Ruiz']);
  });
});

describe('name particles', () => {
  it('keep a two-word particle inside the name (`Ana de la Cruz said`, `said Jan van der Berg`)', () => {
    const lead = 'Tom Reyes spoke.\n\n“We cannot wait for the money,” ';
    expect(speakers(`${lead}Ana de la Cruz said.`)).toEqual(['Ana de la Cruz']);
    expect(speakers(`${lead}said Jan van der Berg.`)).toEqual(['Jan van der Berg']);
  });

  it('keep the title word before a generational suffix (`said Tom Major Jr.`, `Ana King III said`)', () => {
    const lead = 'Tom Reyes spoke.\n\n“We cannot wait for the money,” ';
    expect(speakers(`${lead}said Tom Major Jr.`)).toEqual(['Tom Major Jr.']);
    expect(speakers(`${lead}Ana King III said.`)).toEqual(['Ana King III']);
  });

  it('keep a one-word particle other than de (`said Luis da Silva`)', () => {
    const text = 'Tom Reyes spoke.\n\n“We cannot wait for the money,” said Luis da Silva.';
    expect(speakers(text)).toEqual(['Luis da Silva']);
  });
});

describe('it for a body', () => {
  it('goes to a body named as a subject since the last speaker (`The Parks Alliance disagreed. "…," it said`)', () => {
    const text =
      'Tom Reyes spoke at length. The Parks Alliance disagreed.\n\n“We cannot wait for the money,” it said in a statement.';
    expect(speakers(text)).toEqual(['Parks Alliance']);
  });

  it('is no person (`Tom Reyes spoke. "…," it said` has no speaker)', () => {
    const text = 'Tom Reyes spoke at length.\n\n“We cannot wait for the money,” it said in a statement.';
    expect(speakers(text)).toEqual([null]);
  });
});

describe('his or her before a colon', () => {
  it('names the person of that sex the text spoke of (`Her answer: "…"`, `His response was: "…"`)', () => {
    const her = 'Tom Reyes spoke about Ana Ruiz.\n\nHer answer: “We cannot wait for the money.”';
    const his = 'Ana Ruiz spoke about Tom Reyes.\n\nHis response was: “We cannot wait for the money.”';
    expect(speakers(her)).toEqual(['Ana Ruiz']);
    expect(speakers(his)).toEqual(['Tom Reyes']);
  });
});

describe('pieces of one statement', () => {
  /** Whether each quote carries on the statement before it. */
  function continues(text: string): boolean[] {
    return quotes(text).map((q) => q.continues);
  }

  it('marks the second piece of a quotation split by its attribution (`"I think," she said, "we…"`)', () => {
    const text =
      'Marta Lindqvist spoke first.\n\n“I think,” Lindqvist said, “we should raise the harbour wall again.”';
    expect(continues(text)).toEqual([false, true]);
    expect(speakers(text)).toEqual(['Marta Lindqvist', 'Marta Lindqvist']);
  });

  it('marks a quotation resumed right after the attribution’s sentence (`"…," Ruiz said. "…"`)', () => {
    const text =
      'Marta Lindqvist spoke first.\n\n“We tried every pump we had,” Lindqvist said. “The river rose much too fast.”';
    expect(continues(text)).toEqual([false, true]);
  });

  it('does not join across a sentence of the writer’s own, a new paragraph or another speaker', () => {
    const sentence =
      'Marta Lindqvist spoke first.\n\n“We tried every pump we had,” Lindqvist said. The council disagreed. “The river rose much too fast.”';
    const paragraph =
      'Marta Lindqvist spoke first.\n\n“We tried every pump we had,” Lindqvist said.\n\n“The river rose much too fast.”';
    const other =
      'Marta Lindqvist spoke first.\n\n“We tried every pump we had,” Lindqvist said. “The river rose much too fast,” Oskar Brandt said.';
    expect(continues(sentence)).toEqual([false, false]);
    expect(continues(paragraph)).toEqual([false, false]);
    expect(continues(other)).toEqual([false, false]);
  });

  it('takes only a capital or a figure to open a sentence between the pieces', () => {
    const lead = 'Marta Lindqvist spoke first.\n\n“We tried every pump we had,” Lindqvist said';
    const tail = ' “The river rose much too fast.”';
    expect(continues(`${lead} at the dock; she was tired.${tail}`)).toEqual([false, true]);
    expect(continues(`${lead}. 2019 was worse.${tail}`)).toEqual([false, false]);
  });

  it('reads the full stop of a quoted title that ends the attribution (`said on "Harbour Hour." "…"`)', () => {
    const ends =
      'Marta Lindqvist spoke first.\n\n“We tried every pump we had,” Lindqvist said on “Harbour Hour.” “The river rose much too fast.”';
    const inside =
      'Marta Lindqvist spoke first.\n\n“We tried every pump we had,” Lindqvist said on “Harbour Hour.” She left early. “The river rose much too fast.”';
    expect(continues(ends)).toEqual([false, true]);
    expect(continues(inside)).toEqual([false, false]);
  });

  it('does not join after an attribution that reports more speech (`said, adding that…`)', () => {
    const text =
      'Marta Lindqvist spoke first.\n\n“We tried every pump we had,” Lindqvist said, adding that the council would meet again. “The river rose much too fast.”';
    expect(continues(text)).toEqual([false, false]);
  });
});

describe('a relative clause in the apposition after a quotation', () => {
  it('is read past to the speech verb (`"…," Tom Reyes, of Salem, who was polled, said`)', () => {
    const text =
      'Voters were split.\n\n“The harbour plan is a waste of money,” Oskar Brandt, of Malmo, who was among those polled, said later.';
    expect(quotes(text).map((q) => [q.speaker?.name ?? null, q.cue?.text ?? null])).toEqual([
      ['Oskar Brandt', 'said'],
    ]);
  });

  it('keeps a speech verb inside the clause to the clause (`one worker, who asked not to be named, said`)', () => {
    const text =
      'Tom Reyes spoke.\n\n“We cannot wait for the money,” one worker, who asked not to be named, said.';
    expect(quotes(text).map((q) => [q.speaker?.name ?? null, q.cue?.text ?? null])).toEqual([
      ['worker', 'said'],
    ]);
  });
});

describe('a quotation with no cue and nobody speaking before it', () => {
  it('is the person the paragraph before named (`The flood hit Tom Reyes hardest. ⏎ "…"`)', () => {
    const text =
      'The flood hit Tom Reyes hardest. His house, near the dock, was destroyed.\n\n“The water came up to my chest. We lost everything.”';
    expect(speakers(text)).toEqual(['Tom Reyes']);
  });

  it('is nobody when that person was named two paragraphs before', () => {
    const text =
      'The flood hit Tom Reyes hardest.\n\nThe water rose for two days.\n\n“The water came up to my chest. We lost everything.”';
    expect(speakers(text)).toEqual([null]);
  });
});

describe('double-barrelled names', () => {
  it('keep both parts joined by a hyphen (`said Ana Ruiz-Tagle`, `Ana Ruiz-Tagle said`)', () => {
    const lead = 'Tom Reyes spoke.\n\n“We cannot wait for the money,” ';
    expect(speakers(`${lead}said Ana Ruiz-Tagle.`)).toEqual(['Ana Ruiz-Tagle']);
    expect(speakers(`${lead}Ana Ruiz-Tagle said.`)).toEqual(['Ana Ruiz-Tagle']);
  });

  it('keep a part that is also a title word (`said Lena Staff-Moreno`)', () => {
    const lead = 'Tom Reyes spoke.\n\n“We cannot wait for the money,” ';
    expect(speakers(`${lead}said Lena Staff-Moreno.`)).toEqual(['Lena Staff-Moreno']);
  });

  it('expand from the surname alone, and take a later she (`Ruiz-Tagle said. …, she added.`)', () => {
    const text =
      'Ana Ruiz-Tagle chairs the harbour board. Tom Reyes spoke first.\n\n“We cannot wait,” Ruiz-Tagle said. “The money is already late,” she added.';
    expect(speakers(text)).toEqual(['Ana Ruiz-Tagle', 'Ana Ruiz-Tagle']);
  });

  it('keep a station’s call letters whole (`KXLY-TV reported`)', () => {
    const text = 'Tom Reyes spoke.\n\n“The march was quiet and sad,” KXLY-TV reported.';
    expect(speakers(text)).toEqual(['KXLY-TV']);
  });
});

describe('a past participle after an article in the words after a quotation', () => {
  it('opens no clause: the speech verb after it still credits the quote (`"…," one exhausted engineer said`)', () => {
    const text = 'Tom Reyes spoke.\n\n“We have run out of sandbags,” one exhausted engineer said.';
    expect(quotes(text).map((q) => [q.speaker?.name ?? null, q.cue?.text ?? null])).toEqual([
      ['engineer', 'said'],
    ]);
  });
});

describe('a subject placed by a preposition', () => {
  it('is the phrase before the place (`a woman in the crowd shouted` → woman)', () => {
    const lead = 'Tom Reyes spoke.\n\n“Go home and stay there, Reyes,” ';
    expect(speakers(`${lead}a woman in the crowd shouted.`)).toEqual(['woman']);
    expect(speakers(`${lead}protesters outside the building chanted.`)).toEqual(['protesters']);
    expect(speakers(`${lead}an officer at the scene said.`)).toEqual(['officer']);
  });
});

describe('a reply right after another speaker’s quotation', () => {
  const lead =
    'Tom Reyes, the mayor, met Jim Ortiz, the union leader, on Monday.\n\n“We cannot pay it,” Reyes said.';

  it('gives its he or she to the other person of that sex (`"…," Reyes said. ⏎ "…," he replied.`)', () => {
    expect(speakers(`${lead}\n\n“Then we strike,” he replied.`)).toEqual(['Tom Reyes', 'Jim Ortiz']);
    expect(speakers(`${lead}\n\nHe replied: “Then we strike.”`)).toEqual(['Tom Reyes', 'Jim Ortiz']);
  });

  it('keeps the speaker when the writer’s own words stand between (`When pressed, he replied:`)', () => {
    expect(speakers(`${lead} When pressed by reporters, he replied: “Not this year.”`)).toEqual([
      'Tom Reyes',
      'Tom Reyes',
    ]);
  });
});

describe('one or another standing alone as the speaker', () => {
  it('is the speaker, before or after the verb (`"…?" one asked`, `read another`)', () => {
    const text =
      'Tom Reyes drove past the signs.\n\n“Go home and stay there, Reyes,” read one. “Stay away from our harbour,” read another.\n\n“Will you run again next year?” one asked.';
    expect(speakers(text)).toEqual(['one', 'another', 'one']);
  });
});

describe('an indefinite pronoun as the speaker', () => {
  it('is the speaker, never the person the quote addresses (`"…, Reyes," someone yelled`)', () => {
    const lead = 'Tom Reyes spoke.\n\n“Go home and stay there, Reyes,” ';
    expect(speakers(`${lead}someone yelled.`)).toEqual(['someone']);
    expect(speakers(`${lead}several shouted back.`)).toEqual(['several']);
    expect(speakers(`${lead}yelled somebody.`)).toEqual(['somebody']);
  });

  it('stands before a place like a noun phrase (`someone in the crowd yelled`, `some in the crowd shouted`)', () => {
    const lead = 'Tom Reyes spoke.\n\n“Go home and stay there, Reyes,” ';
    expect(speakers(`${lead}someone in the crowd yelled.`)).toEqual(['someone']);
    expect(speakers(`${lead}some in the crowd shouted.`)).toEqual(['some']);
  });
});

describe('a number joined by a hyphen in a description', () => {
  it('stays in it (`the two-term mayor said` → two-term mayor)', () => {
    const lead = 'Tom Reyes spoke.\n\n“We cannot wait for the money,” ';
    expect(speakers(`${lead}the two-term mayor said.`)).toEqual(['two-term mayor']);
  });
});

describe('a person named before the body or partner of the subject', () => {
  const lead = 'Ana Ruiz spoke first.\n\n“We cannot wait for the money,” ';

  it('speaks for the body after `of` (`Tom Reyes of the Harbor Workers Union said`)', () => {
    expect(speakers(`${lead}Tom Reyes of the Harbor Workers Union said.`)).toEqual(['Tom Reyes']);
    expect(speakers(`${lead}Tom Reyes from the Harbor Workers Union said.`)).toEqual(['Tom Reyes']);
    expect(speakers(`${lead}Tom Reyes at the Harbor Institute said.`)).toEqual(['Tom Reyes']);
  });

  it('leads a subject joined by `and` to a description (`Tom Reyes and his deputy said`)', () => {
    expect(speakers(`${lead}Tom Reyes and his deputy said in a joint statement.`)).toEqual(['Tom Reyes']);
  });
});

describe('a relative clause inside the subject after a quotation', () => {
  const lead = 'Tom Reyes spoke.\n\n“We cannot wait for the money,” ';

  it('is read past to the speech verb, and the subject is the phrase before `who`', () => {
    expect(speakers(`${lead}a man who lives near the dock said.`)).toEqual(['man']);
    expect(speakers(`${lead}people who live near the dock say.`)).toEqual(['people']);
    expect(speakers(`${lead}those who knew him said.`)).toEqual(['those']);
    expect(speakers(`${lead}a union that represents dock workers said.`)).toEqual(['union']);
  });

  it('leaves a `who` inside an apposition to the apposition (`Lena Park, the analyst who…`)', () => {
    expect(speakers(`${lead}Lena Park, the analyst who founded the site tweeted on Friday.`)).toEqual([
      'Lena Park',
    ]);
  });
});

describe('a home town or body after a person named in full', () => {
  it('leaves the speech verb to the person (`Paula Nunez of Dover told`)', () => {
    const text =
      'Paula Nunez of Dover told reporters the ferry plan was late. "It should have been done in spring," she said.';
    expect(speakers(text)).toEqual(['Paula Nunez']);
  });

  it('leaves the sentence subject to the person (`Marta Quill of Eastbrook held up a banner`)', () => {
    const text =
      'Growers lined the road to the mill. Marta Quill of Eastbrook held up a banner. "We want a fair price for oats," she said.';
    expect(speakers(text)).toEqual(['Marta Quill']);
  });

  it('keeps a body named with `of` whole (`Bank of America posted a loss`)', () => {
    expect(speakers('Bank of America posted a loss. "We expected this," he said.')).toEqual([null]);
  });
});

describe('phrasal speech verbs (`chimed in`, `piped up`)', () => {
  const lead =
    'Dock workers met on Tuesday. "We were never told about the cuts," said Ella Brandt, a welder. ';

  it('attribute a quotation to the subject before them', () => {
    expect(
      speakers(`${lead}"Nobody from the office came down to explain it," another worker chimed in.`),
    ).toEqual(['Ella Brandt', 'worker']);
    expect(
      speakers(`${lead}"Nobody from the office came down to explain it," a crane driver piped up.`),
    ).toEqual(['Ella Brandt', 'crane driver']);
  });

  it('name the speaker after the particle in the inverted order (`chimed in Rolf Adler`)', () => {
    expect(speakers(`${lead}"Nobody came down to see us," chimed in Rolf Adler, a driver.`)).toEqual([
      'Ella Brandt',
      'Rolf Adler',
    ]);
  });
});

describe('a passive of perception before a speech verb (`can be heard saying`)', () => {
  const lead = 'Ana Ruiz spoke first at the ferry dock.\n\n"We need the money for the pier now," ';

  it('attributes the quotation to the subject before it', () => {
    const found = quotes(`${lead}Tom Reyes can be heard saying in the clip.`);
    expect(found.map((q) => [q.speaker?.name, q.cue?.text])).toEqual([['Tom Reyes', 'saying']]);
    expect(speakers(`${lead}Tom Reyes was overheard telling an aide.`)).toEqual(['Tom Reyes']);
  });
});

describe('a hyphenated compound in the subject after a quotation', () => {
  const lead = 'Tom Reyes spoke first.\n\n"We will appeal the zoning ruling," ';

  it('is part of the subject, not a verb (`a Marlow-based lawyer`, `Mayor-elect Ana Ruiz`)', () => {
    expect(speakers(`${lead}a Marlow-based lawyer said.`)).toEqual(['Marlow-based lawyer']);
    expect(speakers(`${lead}Mayor-elect Ana Ruiz said.`)).toEqual(['Ana Ruiz']);
    expect(speakers(`${lead}the newly-elected treasurer said.`)).toEqual(['newly-elected treasurer']);
  });
});

describe('a quotation inside a quotation written with double marks and one closing mark', () => {
  it('stays inside the outer quotation (`“…, do the bosses ask, “Is it us?” she wrote`)', () => {
    const text =
      'Lena Park runs the ferry line. “When the same engines fail on every boat, at what point do the bosses ask, “Is it us?” she wrote.';
    const found = quotes(text);
    expect(found.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['When the same engines fail on every boat, at what point do the bosses ask, “Is it us?', 'Lena Park'],
    ]);
  });

  it('leaves a stray opening mark before a sentence of the writer’s stray', () => {
    const text =
      'Lena Park spoke. “We sail at noon. Park then left for the dock, “Harbor Lights.” The crowd cheered.';
    expect(quotes(text, { allQuoted: true }).map((q) => q.text)).toEqual(['Harbor Lights.']);
  });
});

describe('a title in apposition to the subject (`her essay, "…," is`)', () => {
  it('is a work, not speech, in any case', () => {
    const text = 'Lena Park’s essay, "Sail home, sailor," is a delight. "We loved it," Tom Reyes said.';
    expect(quotes(text).map((q) => q.text)).toEqual(['We loved it,']);
    const commentary = 'Jo Ames’ commentary, "Keep the mill open, please," was read aloud.';
    expect(quotes(commentary)).toEqual([]);
  });

  it('is a work before a predicate in the past tense (`the episode, "…," aired Monday`)', () => {
    expect(quotes('The third episode, "The one where the mill closes," aired Monday.')).toEqual([]);
  });

  it('leaves speech after a work noun that the writer attributes (`wrote in her column, "…," and`)', () => {
    const text = 'Lena Park wrote in her column, "We will never sail again," and then left the paper.';
    expect(speakers(text)).toEqual(['Lena Park']);
  });
});

describe('a relative clause between a speech verb and a fragment', () => {
  it('opens no new clause (`According to Ana Ruiz, who spoke on Monday, the plan "…"`)', () => {
    const lead = 'Tom Reyes spoke first. ';
    expect(
      speakers(`${lead}According to Ana Ruiz, who spoke on Monday, the ferry plan "failed at every step."`),
    ).toEqual(['Ana Ruiz']);
    expect(
      speakers(`${lead}Ana Ruiz said every bidder who wants the contract "must show the books first."`),
    ).toEqual(['Ana Ruiz']);
  });
});

describe('a `he` or `she` before any speaker or subject', () => {
  it('is the last person of that sex the text mentioned (`The closure hit Ana Ruiz hard.`)', () => {
    expect(speakers('The mill closure hit Ana Ruiz hard.\n\n"I have nowhere else to go," she said.')).toEqual(
      ['Ana Ruiz'],
    );
    expect(
      speakers(
        'For Ana Ruiz and Tom Reyes, the closure is personal.\n\n"I have nowhere else to go," he said.',
      ),
    ).toEqual(['Tom Reyes']);
  });

  it('is not a person mentioned before an unnamed speaker (`my aunt often said`)', () => {
    const text =
      'The council vote set Tom Reyes against two rivals. "Rain follows the plough," my aunt often said.\n\nHe also told his neighbours that "the river always wins."';
    expect(speakers(text)).toEqual(['aunt', null]);
  });
});

describe('a participle opening the sentence before its subject', () => {
  it('leaves the subject to the name after its comma (`Asked whether he would move, Jim Ortiz…`)', () => {
    const lead = 'Tom Reyes, the owner, spoke first. ';
    expect(
      speakers(
        `${lead}Asked whether he would move, Jim Ortiz shook his head. "I have nowhere else to go," he said.`,
      ),
    ).toEqual(['Jim Ortiz']);
    expect(
      speakers(
        `${lead}Speaking after the vote was taken, Jim Ortiz looked tired. "I have nowhere else to go," he said.`,
      ),
    ).toEqual(['Jim Ortiz']);
  });
});

describe('a quotation right after a noun for a titled work, or `titled`', () => {
  it('is the work’s title in any case (`the film "A boy and his dog go to town"`)', () => {
    expect(quotes('Lena Park starred in the film "A boy and his goat go to town" last year.')).toEqual([]);
    expect(quotes('Lena Park sang the song "We will row on forever and ever" at the fair.')).toEqual([]);
    expect(
      quotes('The county released a report titled "A plan for the mill and its workers" on Monday.'),
    ).toEqual([]);
  });

  it('leaves speech after a comma beside the noun (`in the book, "…," she wrote`)', () => {
    expect(speakers('In the book, "We rowed on until the lake froze over," Lena Park wrote.')).toEqual([
      'Lena Park',
    ]);
  });
});

describe('a double opening mark closed by a single mark (a slip of the keyboard)', () => {
  it('ends the quotation at the single mark after its last sentence', () => {
    const open =
      'Lena Park posted on Monday. Park wrote: “We can still save the mill.’ Park was at the hall on Tuesday.';
    expect(quotes(open).map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We can still save the mill.', 'Lena Park'],
    ]);
    const beforeTitle =
      'Lena Park posted on Monday. Park wrote: “We can still save the mill.’ Park starred in the film, “Mill Town.”';
    expect(quotes(beforeTitle).map((q) => q.text)).toEqual(['We can still save the mill.']);
  });

  it('leaves a single quotation inside a closed double one alone', () => {
    const text = 'Lena Park spoke. “He told me ‘we can win.’ And we did,” Park said.';
    expect(quotes(text).map((q) => q.text)).toEqual(['He told me ‘we can win.’ And we did,', 'we can win.']);
  });
});

describe('a name after `on` right before a participle', () => {
  it('is where the words went, not who said them (`a video on Facebook saying, "…"`)', () => {
    const text =
      'Tom Reyes spoke first. Ana Ruiz posted a video on Facebook saying, "We will fight the zoning ruling."';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });
});

describe('a document from a person’s office or campaign', () => {
  it('speaks for the person (`A statement from Ana Ruiz’s office said: "…"`)', () => {
    const lead = 'Tom Reyes spoke first. ';
    expect(
      speakers(`${lead}A statement from Ana Ruiz’s office said: "We will fight the zoning ruling."`),
    ).toEqual(['Ana Ruiz']);
    expect(
      speakers(`${lead}"We will fight the zoning ruling," an email from Ana Ruiz’s campaign said.`),
    ).toEqual(['Ana Ruiz']);
  });
});

describe('a `he` or `she` whose sex no recent speaker or subject has', () => {
  it('goes to the last person of that sex named in full (`Reyes told Ruiz. "…," she said.`)', () => {
    const text =
      'Tom Reyes and Ana Ruiz met at the mill. "We will win," Reyes told Ruiz. "Not with that plan," she said.';
    expect(speakers(text)).toEqual(['Tom Reyes', 'Ana Ruiz']);
  });
});

describe('a passive speech verb with its agent', () => {
  const lead = 'Tom Reyes spoke first. ';

  it('has the agent after `by` as speaker (`The plan has been called "…" by Ana Ruiz`)', () => {
    expect(
      speakers(`${lead}The ferry plan has been called "a recipe for ruin for the county" by Ana Ruiz.`),
    ).toEqual(['Ana Ruiz']);
    expect(
      speakers(`${lead}The ferry plan was described by Ana Ruiz as "a recipe for ruin for the county."`),
    ).toEqual(['Ana Ruiz']);
  });
});

describe('a participle right after a quotation', () => {
  it('shares the subject of the sentence the quotation stands in (`…as "…," saying it would fail`)', () => {
    const text =
      'Tom Reyes spoke first. Ana Ruiz dismissed the ferry plan as "a recipe for ruin for the county," saying it would fail.';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });
});

describe('fragments of one statement joined by a conjunction', () => {
  it('carry on one another (`warned that "…" because "…" and being "…"`)', () => {
    const text =
      'Ana Ruiz spoke at the dock. Ruiz warned that "the old dam is failing" because "nobody has paid for repairs" and being "left to rot by the county."';
    expect(quotes(text).map((q) => [q.speaker?.name, q.continues])).toEqual([
      ['Ana Ruiz', false],
      ['Ana Ruiz', true],
      ['Ana Ruiz', true],
    ]);
  });

  it('do not when a comma closes the first or other words stand between', () => {
    const comma =
      'Ana Ruiz spoke at the dock. Ruiz backed Reyes, whom she called "the ablest mayor in forty years," or "no choice at all."';
    expect(quotes(comma).map((q) => q.continues)).toEqual([false, false]);
    const words =
      'Ana Ruiz spoke at the dock. Ruiz said the dam was "failing fast and hard" and later told us it was "left to rot by the county."';
    expect(quotes(words).map((q) => q.continues)).toEqual([false, false]);
  });
});

describe('a name in an apposition to the subject just read', () => {
  it('is no new subject (`Tom Reyes, a Republican, has…` ⏎ `"…," he said` is Tom Reyes)', () => {
    const text = 'Tom Reyes, a Republican, has opposed the bridge.\n\n"It is a waste of money," he said.';
    expect(speakers(text)).toEqual(['Tom Reyes']);
  });
});

describe('a `he` or `she` after an unnamed speaker', () => {
  it('goes to a person of that sex named since (`"…?" a reporter asked Ana Ruiz. "…," she replied.`)', () => {
    const text =
      '"Do you think the bridge will be built?" a reporter asked Ana Ruiz.\n\n"We cannot wait another year for this bridge," she replied.';
    expect(speakers(text)).toEqual(['reporter', 'Ana Ruiz']);
  });

  it('has no speaker when nobody of that sex was named since (`my father said`)', () => {
    const text = '"We will never leave," my father told Ana Ruiz.\n\n"The ferry is our road," he said.';
    expect(speakers(text)).toEqual(['father', null]);
  });
});

describe('a sentence subject named after `the`', () => {
  it('is a body, never `he` or `she` (`The Harbor Ledger asked Ana Ruiz…` ⏎ `"…," she said`)', () => {
    const text =
      'The Harbor Ledger asked Ana Ruiz about the cost.\n\n"We have a deal with the governor," she said.';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });
});

describe('a fragment of four or five words with no speech verb in reach', () => {
  it('is a term or scare quote, not speech (`dusted their coats with flour to "pass for weathered old sailors."`)', () => {
    const text = 'On Friday the crew dusted their coats with flour to "pass for weathered old sailors."';
    expect(quotes(text)).toEqual([]);
    const all = quotes(text, { allQuoted: true });
    expect(all.map((q) => [q.text, q.kind, q.speaker])).toEqual([
      ['pass for weathered old sailors.', 'partial', null],
    ]);
  });

  it('stays speech after a speech verb or in a run of fragments', () => {
    expect(speakers('Ana Ruiz said the ferry plan would "cost us the harbor."')).toEqual(['Ana Ruiz']);
    const run =
      'Ana Ruiz backed Reyes, whom she called "the ablest mayor in forty years," or "no choice at all."';
    expect(quotes(run).map((q) => q.text)).toEqual(['the ablest mayor in forty years,', 'no choice at all.']);
  });
});

describe('the title of a work named by `headlined`, `called` or `the show`', () => {
  it('is no speech (`an op-ed headlined "…"`, `a film called "…"`, `the show "…"`, `his latest track, "…,"`)', () => {
    expect(
      quotes('Ruiz wrote an op-ed headlined "Why the bridge matters to every one of us" in the Ledger.'),
    ).toEqual([]);
    expect(
      quotes('Reyes once starred in a film called "The last ferry out of town" with Lena Park.'),
    ).toEqual([]);
    expect(quotes('Reyes appeared on the show "Late night with the mayor of nowhere" on Tuesday.')).toEqual(
      [],
    );
    expect(quotes('His latest track, "Nobody told me about the bridge," topped the charts.')).toEqual([]);
  });

  it('leaves speech after `show` as a verb', () => {
    const text = 'The county records show "a long pattern of neglect by the council," Ruiz said.';
    expect(speakers(text)).toEqual(['Ruiz']);
  });
});

describe('a question, exclamation or statement introduced before it', () => {
  it('ends the sentence: a capital after it opens the writer’s next one (`said: "…?" Reporters still…`)', () => {
    expect(
      speakers(
        'Ana Ruiz said in 1987: "Mr. Reyes, will you build this bridge now?" Reporters still mention it.',
      ),
    ).toEqual(['Ana Ruiz']);
    expect(
      speakers(
        'Ana Ruiz made her famous demand in 1987: "Mr. Reyes, build this bridge now!" Voters still praise her for it.',
      ),
    ).toEqual(['Ana Ruiz']);
  });

  it('and so does a full stop (`Ana Ruiz said: "…." Reyes agreed.`)', () => {
    expect(speakers('Ana Ruiz said: "We will build it this year." Reyes agreed.')).toEqual(['Ana Ruiz']);
  });

  it('leaves the words after a question that nothing introduces as its attribution', () => {
    expect(speakers('Ana Ruiz turned to the council. "Will you build it?" Tom Reyes asked.')).toEqual([
      'Tom Reyes',
    ]);
  });
});

describe('a quote with no cue right after a sentence that brings in a new person', () => {
  it('is that person’s (`That did not impress Tom Reyes, a retired teacher. ⏎ "…"`)', () => {
    const text =
      '"The bridge will be built," Ana Ruiz said.\n\nThat did not impress Tom Reyes, a retired teacher from the island.\n\n"I will believe it when I see it."';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Tom Reyes']);
  });
});

describe('a quotation after a list bullet', () => {
  it('opens a statement (`• "…," Ruiz said.` is direct)', () => {
    const found = quotes(
      '• "We are going to build this bridge," Ruiz said.\n• "It will never happen," Reyes said.',
    );
    expect(found.map((q) => [q.kind, q.speaker?.name])).toEqual([
      ['direct', 'Ruiz'],
      ['direct', 'Reyes'],
    ]);
  });
});

describe('a name in apposition to a description before an auxiliary', () => {
  it('ties the description to the name (`The mayor, Ana Ruiz, was defiant.` ⏎ `the mayor said`)', () => {
    const text =
      'The mayor, Ana Ruiz, was defiant on Monday.\n\n"We are going to build this bridge," the mayor said.';
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });
});

describe('a `they` after a body named as a subject', () => {
  it('goes to the body, as `it` does (`The Harbor Alliance… ⏎ "…," they said`)', () => {
    const text =
      'The Harbor Alliance, a group of island residents, opposes the bridge.\n\n"We will fight it in court," they said in a statement.';
    expect(speakers(text)).toEqual(['Harbor Alliance']);
  });
});

describe('a quotation right after a noun for a term (`the phrase "…"`)', () => {
  it('is the term, not a statement', () => {
    expect(quotes('The phrase "we will build it and they will come back" appeared on every flyer.')).toEqual(
      [],
    );
    expect(quotes('Ruiz has embraced the nickname "the woman who built the bridge to the island."')).toEqual(
      [],
    );
  });

  it('leaves `words` before a quotation as speech', () => {
    const found = quotes('Voters backed a candidate whose words "would make any parent in this town proud."');
    expect(found.map((q) => q.text)).toEqual(['would make any parent in this town proud.']);
  });
});

describe('a quotation after `so-called`, `known as` or `nicknamed`', () => {
  it('is a name or term in the writer’s words, not speech', () => {
    expect(
      quotes(
        'Critics have mocked the so-called "plan to fix everything in the harbor by next year" as a fantasy.',
      ),
    ).toEqual([]);
    expect(
      quotes('The senator, known as "the last honest man in the whole capital city," retired on Monday.'),
    ).toEqual([]);
    expect(
      quotes('The bill, nicknamed "the bridge to nowhere and back again by critics," passed on Friday.'),
    ).toEqual([]);
  });
});
