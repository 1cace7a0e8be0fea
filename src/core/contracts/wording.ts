import { Failure, type FailureCode } from '../model/failure.ts';
import type { SuggestionReason } from '../suggestion/project-suggestion.ts';
import type { UrlRuleId } from '../suggestion/suggestion-rules.ts';
import type { UrlRefusal } from '../url/capturable-url.ts';
import type { Due } from '../schedule/due-date.ts';
import type { TextKey, Translate } from './text-keys.ts';

/**
 * How a code is worded: which text, with which values. The core hands out codes; every
 * interface (the extension in the browser's language, the command-line tool in English) words
 * them through these, so each code has its words in one place, checked for every language.
 */
export interface Wording {
  key: TextKey;
  params?: (string | number)[];
}

export function say(t: Translate, wording: Wording): string {
  return t(wording.key, wording.params);
}

const URL_RULE_TEXT: Readonly<Record<UrlRuleId, TextKey>> = {
  launchpad: 'whyLaunchpad',
  wiki: 'whyWiki',
  repository: 'whyRepository',
  specification: 'whySpecification',
  review: 'whyReview',
  documentation: 'whyDocumentation',
  'client-library': 'whyClientLibrary',
  tarball: 'whyTarball',
  etherpad: 'whyEtherpad',
  'mailing-list': 'whyMailingList',
};

export function suggestionReasonWording(r: SuggestionReason): Wording {
  switch (r.code) {
    case 'own-rule':
      return { key: 'whyOwnRule', params: [r.match] };
    case 'url-rule':
      return { key: URL_RULE_TEXT[r.rule] };
    case 'subject-tag':
      return { key: 'whySubjectTag', params: [r.tag] };
    case 'name-in-title':
      return { key: 'whyNameInTitle', params: [r.name] };
    case 'name-in-address':
      return { key: 'whyNameInAddress', params: [r.name] };
    case 'same-site':
      return { key: 'whySameSite', params: [r.host, r.heading] };
    case 'learned':
      return { key: 'whyLearned', params: [r.heading] };
    case 'day-heading':
      return { key: 'whyDayHeading' };
  }
}

const FAILURE_TEXT: Readonly<Record<FailureCode, TextKey>> = {
  'storage-quota': 'errorQuota',
  'storage-aborted': 'errorAborted',
  'storage-blocked': 'errorBlocked',
  'storage-unavailable': 'errorUnavailable',
  'storage-unknown': 'errorUnknown',
  gone: 'errorGone',
  'file-unreadable': 'errorFileUnreadable',
};

export function failureWording(code: FailureCode, detail = ''): Wording {
  return { key: FAILURE_TEXT[code], params: [detail] };
}

const REFUSAL_TEXT: Readonly<Record<UrlRefusal, TextKey>> = {
  missing: 'reasonMissing',
  unshared: 'reasonUnshared',
  invalid: 'reasonInvalid',
  'browser-page': 'reasonBrowserPage',
  'web-store': 'reasonWebStore',
  file: 'reasonFile',
  script: 'reasonScript',
  data: 'reasonData',
  unsupported: 'reasonUnsupported',
};

const REFUSED_SAVE_TEXT: Readonly<Record<UrlRefusal, TextKey>> = {
  missing: 'refusedMissing',
  unshared: 'refusedMissing',
  invalid: 'refusedInvalid',
  'browser-page': 'refusedBrowserPage',
  'web-store': 'refusedWebStore',
  file: 'refusedFile',
  script: 'refusedScript',
  data: 'refusedData',
  unsupported: 'refusedUnsupported',
};

/** Why what the form holds cannot be saved, as a sentence of its own. */
export function refusedSaveWording(reason: UrlRefusal): Wording {
  return { key: REFUSED_SAVE_TEXT[reason] };
}

/** The open issue's due date, short (the popup's header, the toolbar's tooltip); none when unknown. */
export function dueWording(due: Due): Wording | undefined {
  if (due.date === null) return undefined;
  switch (due.state) {
    case 'today':
      return { key: 'dueToday' };
    case 'overdue':
      return { key: 'dueOverdue', params: [due.date] };
    case 'dormant':
      return { key: 'dueDormant', params: [due.date] };
    case 'none':
      return undefined;
    default:
      return { key: 'dueOn', params: [due.date] };
  }
}

/** The open issue's due date as a sentence (the options' schedule). */
export function scheduleWording(due: Due, issue: string): Wording {
  if (due.date === null) return { key: 'scheduleNoDue' };
  switch (due.state) {
    case 'today':
      return { key: 'scheduleDueToday', params: [issue, due.date] };
    case 'overdue':
      return { key: 'scheduleOverdue', params: [issue, due.date, -(due.days ?? 0)] };
    case 'dormant':
      return { key: 'scheduleDormant', params: [due.date, issue] };
    default:
      return { key: 'scheduleDue', params: [issue, due.date] };
  }
}

export function refusalWording(reason: UrlRefusal): Wording {
  return { key: REFUSAL_TEXT[reason] };
}

/**
 * What to tell the editor when an action fails. Anything that is not one of our failures (a bug)
 * is worded as an unknown failure with its own message.
 */
export function sayFailure(t: Translate, e: unknown): string {
  if (e instanceof Failure) return say(t, failureWording(e.code, e.detail));
  return say(t, failureWording('storage-unknown', (e as { message?: string } | null)?.message ?? String(e)));
}
