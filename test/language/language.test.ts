import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, detectScript, scriptOf } from '../../src/language/index.js';
import { languageSample, SAMPLE_LENGTH } from '../../src/language/sample.js';
import { describeAdversarial } from '../helpers/adversarial.js';
import { loadFixtures } from '../helpers/fixtures.js';
import { anyText } from '../helpers/properties.js';

describe('detectLanguage', () => {
  it('finds English in every fixture, as the gold says', () => {
    for (const fixture of loadFixtures()) {
      const result = detectLanguage(fixture.text);
      expect(result.language).toBe(fixture.gold.language);
      expect(result.script).toBe('Latin');
      expect(result.confidence).toBeGreaterThan(0.6);
    }
  });

  it('answers und with zero confidence for empty and letterless input', () => {
    expect(detectLanguage('')).toEqual({ language: 'und', confidence: 0, script: 'None' });
    expect(detectLanguage('12:05 — 3.5% $')).toEqual({ language: 'und', confidence: 0, script: 'None' });
  });

  it('answers und below minLength', () => {
    expect(detectLanguage('Bonjour').language).toBe('und');
    expect(detectLanguage('Bonjour tout le monde', { minLength: 100 }).language).toBe('und');
  });

  it('identifies other languages and scripts', () => {
    expect(
      detectLanguage('Le président a déclaré mardi que la réforme serait adoptée avant l’été.'),
    ).toMatchObject({ language: 'fra', script: 'Latin' });
    const russian =
      'В понедельник в Москве прошло заседание правительства, на котором обсуждались вопросы ' +
      'экономики и социальной политики. Премьер-министр поручил ведомствам подготовить предложения.';
    expect(detectLanguage(russian)).toMatchObject({
      language: 'rus',
      script: 'Cyrillic',
    });
    expect(detectLanguage('国家安全部表示，外国间谍机构的活动越来越猖獗，必须提高警惕。')).toMatchObject({
      language: 'cmn',
      script: 'Han',
    });
  });

  it('identifies Icelandic, which franc has no profile for, by its thorn', () => {
    const icelandic =
      'Ríkisstjórnin sagði á þriðjudag að það væri mikilvægt að þetta mál yrði leyst fljótt. Þeir sem búa þar segja að ástandið sé erfitt en að þeir vonist eftir betri tíð.';
    expect(detectLanguage(icelandic)).toMatchObject({ language: 'isl', script: 'Latin' });
    expect(detectLanguage(icelandic).confidence).toBeGreaterThan(0.5);
    expect(detectLanguage(icelandic, { only: ['dan', 'nob'] }).language).not.toBe('isl');
    // A thorn or two in English (a name, a symbol) is not Icelandic.
    const english = 'The saga of Þórr was told by the minister, who said the thorn letter þ is old.';
    expect(detectLanguage(english).language).toBe('eng');
  });

  it('restricts the answer with only', () => {
    const text = 'Der Hund bellt laut im Garten.';
    expect(detectLanguage(text).language).not.toBe('deu');
    expect(detectLanguage(text, { only: ['deu', 'eng'] }).language).toBe('deu');
  });

  it('gives short text low confidence and long text high confidence', () => {
    const short = detectLanguage('The minister said on Tuesday.');
    const long = detectLanguage(loadFixtures()[0]?.text ?? '');
    expect(short.confidence).toBeLessThan(0.3);
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });

  it('reads the prose of a long page, not the navigation at its top', () => {
    const navigation = 'Accueil\nConnexion\nRecherche\nMenu\n'.repeat(80);
    const prose = loadFixtures()[2]?.text.slice(200) ?? '';
    expect(detectLanguage(navigation + prose).language).toBe('eng');
  });

  it('throws TypeErrors for a non-string text or non-object options', () => {
    expect(() => detectLanguage(undefined as unknown as string)).toThrow(
      'copydesk: detectLanguage: expected text to be a string, got undefined',
    );
    expect(() => detectLanguage('text', 'eng' as unknown as object)).toThrow(
      'copydesk: detectLanguage: expected options to be an object, got string',
    );
  });

  it('always returns a valid result (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = detectLanguage(text);
        return typeof r.language === 'string' && r.confidence >= 0 && r.confidence <= 1;
      }),
      { numRuns: 300 },
    );
  });
});

describe('languageSample', () => {
  it('returns short text unchanged and long text cut to the sample length', () => {
    expect(languageSample('short')).toBe('short');
    const long = `${'nav\n'.repeat(1000)}${'a long line of prose. '.repeat(200)}`;
    const sample = languageSample(long);
    expect(sample.length).toBeLessThanOrEqual(SAMPLE_LENGTH);
    expect(sample.startsWith('a long line of prose.')).toBe(true);
  });
});

describe('detectScript', () => {
  it('names the dominant script of a line', () => {
    expect(detectScript('魅影直播')).toEqual({ script: 'Han', share: 1, letters: 4 });
    expect(detectScript('How China recruits its spies')).toEqual({ script: 'Latin', share: 1, letters: 24 });
    expect(detectScript('Москва, 2025').script).toBe('Cyrillic');
    expect(detectScript('مرحبا بالعالم').script).toBe('Arabic');
    expect(detectScript('שלום עולם').script).toBe('Hebrew');
    expect(detectScript('नमस्ते दुनिया').script).toBe('Devanagari');
    expect(detectScript('안녕하세요').script).toBe('Hangul');
    expect(detectScript('Καλημέρα').script).toBe('Greek');
  });

  it('tells Japanese (kana with Han) from Chinese', () => {
    expect(detectScript('東京都の知事は記者会見で述べた').script).toBe('Hiragana');
    expect(detectScript('東京都知事記者会見').script).toBe('Han');
  });

  it('counts astral Han characters as one letter each', () => {
    expect(detectScript('𠀀𠀁')).toEqual({ script: 'Han', share: 1, letters: 2 });
  });

  it('reports None for text without letters, and a share for mixed text', () => {
    expect(detectScript('12:05 — 3.5%')).toEqual({ script: 'None', share: 0, letters: 0 });
    const mixed = detectScript('Watch 直播');
    expect(mixed.script).toBe('Latin');
    expect(mixed.share).toBeCloseTo(5 / 7);
  });

  it('maps code points and rejects non-letters', () => {
    expect(scriptOf(0x4e2d)).toBe('Han');
    expect(scriptOf(0x41)).toBe('Latin');
    expect(scriptOf(0x31)).toBeNull();
    expect(scriptOf(0xd800)).toBeNull();
  });

  it('throws a TypeError for non-strings', () => {
    expect(() => detectScript(null as unknown as string)).toThrow(
      'copydesk: detectScript: expected text to be a string, got null',
    );
  });
});

describeAdversarial(
  'detectLanguage',
  (text) => detectLanguage(text),
  (_input, output) => {
    expect(typeof (output as { language: string }).language).toBe('string');
  },
);
describeAdversarial('detectScript', (text) => detectScript(text));
