import { describe, expect, it } from 'vitest';
import { inflectName, type InflectMode } from '../../../../src/core/match/inflect/index.ts';

const ZWNJ = '\u200c';
const fa = (name: string, mode: InflectMode = 'head'): string[] => inflectName(name, 'fa', mode);
/** The forms as the matcher sees them: ZWNJ dropped, so "کارت‌ها" and "کارتها" are one. */
const seen = (name: string, mode: InflectMode = 'head'): string[] => fa(name, mode).map((f) => f.replaceAll(ZWNJ, ''));

describe('Persian suffixes on the last word', () => {
  it('adds the plural, indefinite and possessive suffixes after a consonant', () => {
    expect(seen('برجام')).toEqual(expect.arrayContaining(['برجامها', 'برجامهای', 'برجامهایی', 'برجامهایش', 'برجامش', 'برجامشان']));
    expect(seen('برجام')).not.toContain('برجاماش');
    expect(seen('پهپاد شاهد')).toEqual(expect.arrayContaining(['پهپاد شاهدی', 'پهپاد شاهدها', 'پهپاد شاهدش']));
    // The plural is written with ZWNJ, as Persian spells it.
    expect(fa('برجام')).toContain(`برجام${ZWNJ}ها`);
  });

  it('joins suffixes to a silent ه with ZWNJ and a possessive -اش', () => {
    const forms = seen('شبکه شتاب شبکه');
    expect(forms).toEqual(expect.arrayContaining(['شبکه شتاب شبکهها', 'شبکه شتاب شبکهای', 'شبکه شتاب شبکهاش', 'شبکه شتاب شبکهشان']));
    expect(forms).not.toContain('شبکه شتاب شبکهش');
  });

  it('treats ه after ا/و as a consonant', () => {
    const forms = seen('پایگاه سپاه');
    expect(forms).toEqual(expect.arrayContaining(['پایگاه سپاهی', 'پایگاه سپاهش', 'پایگاه سپاهها']));
    expect(forms).not.toContain('پایگاه سپاهای');
  });

  it('adds a glide after a final ا or و', () => {
    expect(seen('بندر آستارا')).toEqual(expect.arrayContaining(['بندر آستاراها', 'بندر آستارایی', 'بندر آستارایش']));
    expect(seen('بندر آستارا')).not.toContain('بندر آستاراش');
  });

  it("gives a one-word name no ی that would make it an adjective", () => {
    expect(seen('مغولستان')).not.toContain('مغولستانی');
    expect(seen('حزب‌الله')).not.toContain('حزباللهی');
    expect(seen('آستارا')).not.toContain('آستارایی');
    expect(seen('مغولستان')).toContain('مغولستانها');
  });

  it('adds nothing to a number', () => {
    const forms = fa('شاهد ۱۳۶', 'last');
    expect(forms).toEqual(['شاهد ۱۳۶']);
  });
});

describe('Persian ezafe and the plural head', () => {
  it('writes the ezafe after a silent ه and after ا/و', () => {
    expect(seen('تنگه هرمز')).toContain('تنگهی هرمز');
    expect(seen('دریا خزر')).toContain('دریای خزر');
  });

  it('writes no ezafe after a consonant or ی', () => {
    expect(seen('کارت میر')).not.toContain('کارتی میر');
    expect(seen('بین‌المللی شمال')).not.toContain('بینالمللیی شمال');
  });

  it('puts the head noun in the plural with its ezafe', () => {
    expect(seen('کارت میر')).toContain('کارتهای میر');
    expect(seen('پهپاد شاهد')).toContain('پهپادهای شاهد');
    expect(seen('نیروی سیبری ۲')).toContain('نیروهای سیبری ۲');
    expect(seen('کریدور شمال – جنوب')).toContain('کریدورهای شمال – جنوب');
  });

  it("gives people and 'last' suffixes only, and 'none' nothing", () => {
    expect(seen('مسعود پزشکیان', 'all')).toContain('مسعود پزشکیانی');
    for (const form of fa('مسعود پزشکیان', 'all')) expect(form.startsWith('مسعود ')).toBe(true);
    expect(seen('تنگه هرمز', 'last')).not.toContain('تنگهی هرمز');
    expect(fa('تنگه هرمز', 'none')).toEqual(['تنگه هرمز']);
  });

  it('reads Arabic yeh and kaf as their Persian letters', () => {
    // "كشتي" (Arabic kaf and yeh) ends in ی: its suffixes join with ZWNJ, like "کشتی".
    expect(seen('كشتي', 'last')).toContain('كشتياش');
    expect(seen('كشتي', 'last')).not.toContain('كشتيش');
  });
});
