// The passphrase policy both sides apply: the UI shows the meter as the user types, the backend
// refuses anything the policy rejects. Strength comes from zxcvbn-ts (dictionary, keyboard-pattern
// and sequence aware), not from counting character classes.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';

export const PASSPHRASE_MIN_LENGTH = 12;
/** zxcvbn score (0–4) a passphrase must reach. 2 = "somewhat guessable", resists online attack. */
export const PASSPHRASE_MIN_SCORE = 2;

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface PassphraseAssessment {
  length: number;
  score: StrengthScore;
  /** zxcvbn feedback keys (untranslated); the UI maps them to `passphrase.feedback.*`. */
  warning: string | null;
  suggestions: string[];
  /** Log10 of the estimated guesses. */
  guessesLog10: number;
  acceptable: boolean;
  problem: 'too_short' | 'too_weak' | null;
}

let factory: ZxcvbnFactory | null = null;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
  });
  return factory;
}

export function assessPassphrase(passphrase: string, userInputs: string[] = []): PassphraseAssessment {
  const length = [...passphrase].length;
  // zxcvbn's cost grows steeply with length (seconds at 256 characters); the first 100 decide the
  // score, as zxcvbn's authors recommend, and a longer passphrase only gets stronger.
  const result = estimator().check(passphrase.slice(0, 100), userInputs);
  const score = result.score as StrengthScore;
  const problem = length < PASSPHRASE_MIN_LENGTH ? 'too_short' : score < PASSPHRASE_MIN_SCORE ? 'too_weak' : null;
  return {
    length,
    score,
    warning: result.feedback.warning ?? null,
    suggestions: [...result.feedback.suggestions],
    guessesLog10: result.guessesLog10,
    acceptable: problem === null,
    problem,
  };
}
