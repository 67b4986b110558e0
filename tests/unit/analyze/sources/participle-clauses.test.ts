// Pass "participle-clauses": a reporting participle after a comma ("…, saying …", "…, заявив …")
// reports for the subject of the main clause, when the sentence has no source yet and its subject
// names someone.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  // a quantified subject with a possessive: the possessed word is its head, whatever noun it is
  ['en', 'Some of the senator’s defenders took to social media on Friday, claiming that the call was fine.', ['Some of the senator’s defenders']],
  // a reporting gerund after a preposition of means, with its clause; not one without a clause, nor one in a relative clause
  ['en', 'Former President Barack Obama entered the race by warning candidates that the party was at risk.', ['Former President Barack Obama']],
  ['fr', 'Le ministre a quitté la salle en affirmant que le projet était mort.', ['Le ministre']],
  ['en', 'Nintendo and Apple shocked the world by announcing “Super Mario Run”. The mayor won by saying nothing.', []],
  // not the agent of a passive, nor a gerund before a noun its relative clause describes
  ['en', 'Markets were rattled by warning signs that inflation was rising.', []],
  ['en', 'The campaign ended by announcing dates that were later changed.', []],
  ['en', 'The envoy’s first comments came with a warning about the party, which tried to rally support by saying that voters were coming.', []],
  ['en', 'The utilities commission is frustrated with the companies, saying they failed to share information.', ['The utilities commission']],
  ['en', 'Last week State Department official David Holmes revealed the call to investigators, saying he recalled it vividly.', ['State Department official David Holmes']],
  ['ru', 'Суд отклонил иск, пояснив, что срок истек.', ['Суд']],
  ['uk', 'Національний банк підвищив ставку, пояснивши це інфляцією.', ['Національний банк']],
  ['fr', 'Le tribunal a rejeté la demande, estimant que le délai était dépassé.', ['Le tribunal']],
  // batch 9: "arguant (que)"
  ['fr', 'Le gouvernement se défend de toute similarité, arguant notamment que les données ne seront pas conservées.', ['Le gouvernement']],
  // past a dateline and a fronted adverbial set off by a comma
  ['en', 'BUFFALO, N.Y. — Hours before the game Tuesday, Wild coach Bruce Boudreau expressed confidence, saying he always finds a way.', ['Wild coach Bruce Boudreau']],
  ['en', 'On Tuesday, the company cut jobs, saying demand fell.', ['the company']],
  // a fronted phrase may hold a verb of saying's noun after its article ("the fear"), not its verb ("he said")
  ['en', 'In the midst of the fear, the company cut prices, saying demand fell.', ['the company']],
  ['en', 'After he said it, the ministry cut rates, saying inflation fell.', []],
  // an opening adverb set off by its comma is fronted the same way; one before a pronoun still names no one
  ['en', 'Shortly after, some critics took to social media, claiming it was fake.', ['some critics']],
  ['en', 'Separately, the ministry issued a report on Monday, saying that exports fell.', ['the ministry']],
  ['en', 'Unfortunately, he left the room, saying that he was tired.', []],
  // a participle after a subordinator ("while", "after") is the same subject's adjunct — with what is said only
  ['en', 'Uber slashes drivers’ rates, while claiming they don’t need to unionize.', ['Uber']],
  ['en', 'The minister resigned after saying that the budget was wrong.', ['The minister']],
  ['en', 'Prices rose while saying goodbye to the old year. The plant closed after adding a new line.', []],
  // not: a pronoun subject, an opening adverb, a number alone, a preposition after the participle, a quotation
  ['en', 'He left the room, saying nothing.', []],
  ['en', 'On Tuesday, he cut jobs, saying demand fell.', []],
  ['en', 'WASHINGTON – Two federal officers were charged Tuesday, stating nothing.', []],
  ['en', 'Prices fell 3%, adding to losses.', []],
  ['en', '“We will go,” she said, adding that talks would resume.', []],
  ['en', 'WASHINGTON – Two officers were charged Tuesday, stating nothing.', []],
  // a participle of naming reports with the name it gives: a complement, an article, a quotation, a word after an object pronoun
  ['en', 'Fans responded with anger, calling it a betrayal of the club.', ['Fans']],
  ['en', 'The minister reacted angrily, calling the report a disgrace.', ['The minister']],
  ['en', 'The union rejected the offer, describing it as an insult.', ['The union']],
  ['en', 'The senator attacked the bill, calling it “reckless.”', ['The senator']],
  ['fr', 'Le syndicat a rejeté l’offre, la qualifiant de « provocation ».', ['Le syndicat']],
  ['uk', 'Міністр не підтримав рішення, назвавши його ганебним.', ['Міністр']],
  ['ru', 'Министр не поддержал решение, назвав его «позорным».', ['Министр']],
  // … and none without one: an act of calling, a call for something
  ['en', 'The neighbour heard shots, calling the police at once.', []],
  ['en', 'The players trained until dusk, calling it a day at eight. The band played on, calling it quits in 2019.', []],
  // acts of calling: a call for something, someone called by phone, people called together
  ['en', 'The minister left the meeting, calling her husband from the car. The coach ended practice, calling them together for a talk.', []],
  ['en', 'The mayor phoned the hospital, calling it twice before noon. Rescuers reached the boat, calling for a helicopter.', []],
  ['en', 'The union walked out, calling on the government to act.', []],
  // a name given to a pronoun still reports, at the clause's end or before "and"
  ['en', 'The senator rejected the plan, calling it absurd. Critics attacked the rule, calling it vague and unfair.', ['The senator', 'Critics']],
  ['en', 'Protesters marched downtown, calling for calm.', []],
  ['en', 'The family left the house, calling 911.', []],
  // a coordinated subject runs to the second conjunct's head, past its modifiers; it never ends on "and"
  ['en', 'Facebook and other tech companies deflect accusations by arguing that they harvest data with consent.', ['Facebook and other tech companies']],
  // the name ends before the verb
  ['en', 'Mr. Trump continues to insist his tactics will work, saying he is right.', ['Mr. Trump']],
];

describe('participle-clauses', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['participle-clauses']))).toEqual(want);
  });

  it('leaves a sentence whose main clause already has its source to the cue that found it', () => {
    const found = sourcesOf('Zaporizhzhia Oblast Governor Ivan Fedorov said the campaign began, insisting it was legal.', 'en', ['cues', 'participle-clauses']);
    expect(found.map((s) => [s.text, s.cue])).toEqual([['Zaporizhzhia Oblast Governor Ivan Fedorov', 'said']]);
  });
});
