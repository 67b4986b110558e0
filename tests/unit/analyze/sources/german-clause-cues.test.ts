// Cues (./lib/analyze/sources/cues.ts and its helpers): German reporting constructions the attribution battery
// found missed — a separable verb with its particle at the clause's end (separable-cues.ts), an impersonal "hieß
// es" with its origin fronted (fronted-origins.ts), a participle that is also a present tense (as-clause and
// verb-second), a dative outlet after an inverted speaker (dative-outlets.ts), a lower-case agency name after its
// outlet noun (phrases.ts lowerOutletName), "nach Ansicht von".
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string[]]> = [
  // separable verbs: only with the particle closing the clause
  ['Die Staatsanwaltschaft wirft dem Mann Betrug vor.', ['Die Staatsanwaltschaft']],
  ['Der Minister wies darauf hin, dass die Lage ernst sei.', ['Der Minister']],
  ['Der Spieler wirft den Ball weit. Der Fall wirft Fragen auf.', []],
  // a fronted origin of an impersonal cue
  ['Aus Regierungskreisen hieß es, eine Einigung sei nahe.', ['Regierungskreisen']],
  ['In Berlin hieß es, eine Einigung sei nahe.', []],
  // "berichtet": participle and present tense
  ['Das berichtet die „Süddeutsche Zeitung“.', ['die „Süddeutsche Zeitung“']],
  ['Wie der Spiegel berichtet, brennt es.', ['der Spiegel']],
  ['Es brennt, wie die Polizei mitgeteilt hat.', ['die Polizei']],
  // a dative outlet after a genitive in the inverted speaker; a genitive alone stays
  ['Das sagte ein Sprecher des Innenministeriums der Deutschen Presse-Agentur.', ['ein Sprecher des Innenministeriums']],
  ['Das sagte ein Sprecher des Ministeriums der Justiz.', ['ein Sprecher des Ministeriums der Justiz']],
  // a lower-case agency name after its outlet noun
  ['Das meldet die Nachrichtenagentur dpa.', ['die Nachrichtenagentur dpa']],
  ['Die Zeitung hat gestern geschrieben, dass es brennt.', ['Die Zeitung']],
  // "von" is the cue's, not the source's
  ['Nach Ansicht von Ökonomen ist die Krise noch nicht vorbei.', ['Ökonomen']],
  // a cue ending in a word spelt like an article is no document verb
  ['Der Minister räumte ein, dass die Lage ernst sei.', ['Der Minister']],
];

describe('German clause cues', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(texts(sourcesOf(text, 'de'))).toEqual(want);
  });
});
