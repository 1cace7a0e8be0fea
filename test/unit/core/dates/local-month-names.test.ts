import { describe, expect, it } from 'vitest';
import { LOCAL_MONTH_NAMES, localMonthName, readLocalMonth } from '../../../../src/core/dates/local-month-names.ts';

describe('month names in other languages', () => {
  it('has twelve distinct names in every language', () => {
    for (const names of Object.values(LOCAL_MONTH_NAMES)) {
      expect(names).toHaveLength(12);
      expect(new Set(names).size).toBe(12);
    }
  });

  it('reads a month in any case, and nothing that names none', () => {
    expect(readLocalMonth('Dezember', 'vom 5. Dezember 2026')).toEqual({ month: 12, language: 'de' });
    expect(readLocalMonth('DICIEMBRE', '5 DE DICIEMBRE')).toEqual({ month: 12, language: 'es' });
    expect(readLocalMonth('декабря', '5 декабря')).toEqual({ month: 12, language: 'ru' });
    expect(readLocalMonth('Weekly', 'Weekly')).toBeUndefined();
  });

  it('tells languages sharing a name apart by the words beside it and the case it is written in', () => {
    expect(readLocalMonth('novembre', 'La lettre du 28 novembre')).toMatchObject({ language: 'fr' });
    expect(readLocalMonth('novembre', 'Settimana del 28 novembre')).toMatchObject({ language: 'it' });
    expect(readLocalMonth('agosto', 'Boletim do 5 de agosto')).toMatchObject({ language: 'pt' });
    expect(readLocalMonth('agosto', 'Semana del 5 de agosto')).toMatchObject({ language: 'es' });
    // German writes months with a capital, Dutch and Swedish do not.
    expect(readLocalMonth('September', '5. September')).toMatchObject({ language: 'de' });
    expect(readLocalMonth('september', 'Nieuws van 5 september')).toMatchObject({ language: 'nl' });
    expect(readLocalMonth('september', 'Veckan 5 september')).toMatchObject({ language: 'sv' });
  });

  it('writes a month as its language does, with a capital where asked', () => {
    expect(localMonthName('fr', 2, false)).toBe('février');
    expect(localMonthName('de', 3, true)).toBe('März');
    expect(localMonthName('tr', 8, true)).toBe('Ağustos');
    expect(localMonthName('de', 13, true)).toBeUndefined();
  });
});
