import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../shared/i18n';
import { enumText, liveCatalogues, lt } from './i18n';

const slots = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe('live catalogue', () => {
  afterEach(() => setLocale('en'));

  it('gives every Chinese message the same slots as the English one', () => {
    const { en, zh } = liveCatalogues;
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[key], key).not.toBe('');
      expect(slots(zh[key]), key).toEqual(slots(en[key]));
    }
  });

  it('agrees counts with their noun in English by the plural rules', () => {
    expect(lt('results.respondents', { count: 1 })).toBe('1 respondent');
    expect(lt('results.respondents', { count: 0 })).toBe('0 respondents');
    expect(lt('screen.participants', { count: 2 })).toBe('2 participants');
    expect(lt('sessions.activities', { count: 1 })).toBe('1 activity');
  });

  it('speaks Chinese once the locale is zh', () => {
    setLocale('zh');
    expect(lt('results.respondents', { count: 1 })).toBe('1 人作答');
    expect(lt('screen.participants', { count: 12 })).toBe('12 人参与');
    expect(enumText('status', 'live')).toBe('进行中');
  });

  it('shows an enum value the catalogue does not know as sent', () => {
    expect(enumText('question', 'archived')).toBe('archived');
  });
});
