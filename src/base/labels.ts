/** Localized names of the data format's fixed values, shared by every widget. */
import {str} from '@lit/localize';
import type {AssessmentKind, Challenge, OgpValue, Openness, PlanStage} from '../data/types.js';
import {formatNumber} from '../i18n/format.js';
import type {Locale} from '../i18n/locale.js';
import type {MsgFn} from '../i18n/msg.js';

/** "1 commitment", "12 commitments". */
export const commitmentCount = (count: number, msg: MsgFn, locale: Locale): string =>
  count === 1 ? msg('1 commitment') : msg(str`${formatNumber(count, locale)} commitments`);

export function ogpValueLabel(value: OgpValue, msg: MsgFn): string {
  switch (value) {
    case 'access-to-information':
      return msg('Access to information');
    case 'civic-participation':
      return msg('Civic participation');
    case 'public-accountability':
      return msg('Public accountability');
    default:
      return msg('Technology and innovation');
  }
}

export function assessmentKindLabel(kind: AssessmentKind, msg: MsgFn): string {
  switch (kind) {
    case 'self':
      return msg('Government self-assessment');
    case 'independent':
      return msg('Independent review');
    default:
      return msg('Civil society assessment');
  }
}

export function opennessLabel(value: Openness, msg: MsgFn): string {
  switch (value) {
    case 'worsened':
      return msg('Worsened');
    case 'did-not-change':
      return msg('Did not change');
    case 'marginal':
      return msg('Marginal');
    case 'major':
      return msg('Major');
    default:
      return msg('Outstanding');
  }
}

export function stageLabel(stage: PlanStage, msg: MsgFn): string {
  switch (stage) {
    case 'draft':
      return msg('Draft');
    case 'adopted':
      return msg('Adopted');
    case 'implementing':
      return msg('Being implemented');
    default:
      return msg('Ended');
  }
}

/** A reason for a delay, from the fixed list of challenges, in words. */
export function challengeLabel(challenge: Challenge, msg: MsgFn): string {
  switch (challenge) {
    case 'change-of-funding':
      return msg('Change of funding');
    case 'lack-of-resources':
      return msg('Lack of resources');
    case 'shift-in-priorities':
      return msg('Shift in priorities');
    case 'delay-in-approvals':
      return msg('Delay in approvals');
    case 'depends-on-other-activities':
      return msg('Depends on other activities');
    default:
      return msg('Other challenge');
  }
}
