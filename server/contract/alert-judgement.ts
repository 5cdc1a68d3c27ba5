// Whether an alert rule can judge now, as the rules list shows it: a rule waiting for votes, or with
// nothing to judge against, watches nothing, and its manager must not believe otherwise.
import { Type, type Static } from 'typebox';

export const RuleJudgementSchema = Type.Union(
  [
    Type.Object({ state: Type.Literal('judging') }),
    Type.Object({
      state: Type.Literal('too-few-votes'),
      votes: Type.Integer({ description: 'votes it has now: the last ones, those of its window, or those of the month so far' }),
      needed: Type.Integer({ description: 'votes it needs to judge (lastVotes or minVotes)' }),
    }),
    Type.Object({ state: Type.Literal('no-standard') }, { description: 'charter-at-risk: the service has no charter standard today' }),
    Type.Object({ state: Type.Literal('no-opening-hours') }, { description: 'silence: the office has no opening hours (removed after the rule was made)' }),
    Type.Object(
      { state: Type.Literal('archived'), what: Type.Union([Type.Literal('administration'), Type.Literal('office'), Type.Literal('service')]) },
      { description: 'its administration, office or service is archived: it judges nothing, and its open alert was closed (target-archived)' },
    ),
  ],
  { description: 'whether the rule judges now; while it does not, an open alert stays open and no new one opens' },
);
export type RuleJudgement = Static<typeof RuleJudgementSchema>;
