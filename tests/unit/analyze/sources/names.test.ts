// Pass "names": mentions of one source share one listed name.
import { describe, expect, it } from 'vitest';
import { sourcesOf } from '../run-passes';

const CASES: Array<[string, string, Array<[string, string]>]> = [
  ['en', 'Governor Ivan Fedorov said so. Later, Fedorov said the summons continued.', [['Governor Ivan Fedorov', 'Governor Ivan Fedorov'], ['Fedorov', 'Governor Ivan Fedorov']]],
  ['en', 'The Ukrainian Ministry of Foreign Affairs issued a protest. The ministry believes it is unlawful.', [['The Ukrainian Ministry of Foreign Affairs', 'Ukrainian Ministry of Foreign Affairs'], ['The ministry', 'Ukrainian Ministry of Foreign Affairs']]],
  ['en', 'The Federal Aviation Administration (FAA) said the jets were safe. The FAA said more checks follow.', [['The Federal Aviation Administration (FAA)', 'Federal Aviation Administration'], ['The FAA', 'Federal Aviation Administration']]],
  ['en', 'Zaporizhzhia Governor Ivan Fedorov said so. The governor said more.', [['Zaporizhzhia Governor Ivan Fedorov', 'Zaporizhzhia Governor Ivan Fedorov'], ['The governor', 'Zaporizhzhia Governor Ivan Fedorov']]],
  // a lower-case "new" before a name is no part of the listed name; a capitalised one is
  ['en', 'A new ABC News poll shows majority support. The New York Times reported the same.', [['A new ABC News poll', 'ABC News'], ['The New York Times', 'New York Times']]],
  // the owner of a document is named, not a document it was made of
  ['en', 'Then, a 2018 analysis of the data found evidence of plumes.', [['a 2018 analysis of the data', '2018 analysis of the data']]],
  // a surname read before the full name joins it; with two full names that end in it, it stays alone
  ['en', 'According to Swift, the label was sold. Taylor Swift said she was ready.', [['Swift', 'Taylor Swift'], ['Taylor Swift', 'Taylor Swift']]],
  ['en', 'Trump said no. Donald Trump said yes, and Melania Trump said maybe.', [['Trump', 'Trump'], ['Donald Trump', 'Donald Trump'], ['Melania Trump', 'Melania Trump']]],
  // a surname alone as a source takes the one full name the text gives it, even where it was no source
  ['en', 'That is the view of Michael Reed, the chief executive, on Nov. 14. Reed has said that cuts will come.', [['Reed', 'Michael Reed']]],
  ['en', 'Ivanka Trump and Donald Trump attended the dinner. Trump said no.', [['Trump', 'Trump']]],
  ['en', 'Since Reed took over, costs fell. Reed said so.', [['Reed', 'Reed']]],
  // an abbreviated title ends no sentence: the name after it is no sentence's first word
  ['en', 'The letter came from his physician Dr. Harold Bornstein. Bornstein said it was true.', [['Bornstein', 'Harold Bornstein']]],
  // a place is no surname: a name used after a preposition of place keeps its own name
  ['en', 'Ukraine said on Monday it would respond. Fighting continued in Eastern Ukraine.', [['Ukraine', 'Ukraine']]],
  ['en', 'Moscow said the talks had failed. Officials in Moscow and in Greater Moscow met.', [['Moscow', 'Moscow']]],
  ['en', 'The board met on Monday. Reed said so.', [['Reed', 'Reed']]],
  // not the first name: a title's domain after its link word, a sentence's first word the text also writes in lower case
  ['en', 'The talks were led by Secretary of State Mike Pompeo. Pompeo said they went well.', [['Pompeo', 'Mike Pompeo']]],
  ['en', 'Recent Samsung phones sold well, and recent models too. Samsung said so.', [['Samsung', 'Samsung']]],
  ['en', 'The Reed Foundation Trust paid for it. Reed said so.', [['Reed', 'Reed']]],
  // different people are not merged by a shared prefix
  ['en', 'George Martin said so. Martha said no.', [['George Martin', 'George Martin'], ['Martha', 'Martha']]],
  ['uk', 'Про це заявив голова адміністрації Андрій Лисенко. За словами Лисенка, світло повернули.', [['голова адміністрації Андрій Лисенко', 'голова адміністрації Андрій Лисенко'], ['Лисенка', 'голова адміністрації Андрій Лисенко']]],
  // a document's listed name keeps its noun when what is before it names nobody (a quantifier, an adjective, a number)
  ['en', 'Another large study showed a link. Several other studies suggest that. One review of 14 studies found so. Some research suggests more.', [['Another large study', 'Another large study'], ['Several other studies', 'Several other studies'], ['One review of 14 studies', 'One review of 14 studies'], ['Some research', 'Some research']]],
  ['en', 'A Gallup poll found a gap.', [['A Gallup poll', 'Gallup']]],
  // a document after a possessive is its owner's, whatever its topic words
  ['en', 'According to The Verge’s Stadia review, the platform fell short.', [['The Verge’s Stadia review', 'Verge']]],
  // a lower-case description before a proper name is listed as the name; its role still finds it later
  ['en', 'CEO and president Craig Menear said sales slowed. Menear said more.', [['CEO and president Craig Menear', 'Craig Menear'], ['Menear', 'Craig Menear']]],
  // two roles joined, each a description of its own length, before the name
  ['en', 'Early retiree and self-made millionaire Grant Sabatier suggests that you save.', [['Early retiree and self-made millionaire Grant Sabatier', 'Grant Sabatier']]],
  ['en', 'Jefferies analyst Jonathan Matuszewski said so. The analyst added that margins held.', [['Jefferies analyst Jonathan Matuszewski', 'Jonathan Matuszewski'], ['The analyst', 'Jonathan Matuszewski']]],
  ['en', 'His wife Kali said they rarely eat out.', [['His wife Kali', 'Kali']]],
  ['en', 'Former National Security Adviser John Bolton said so.', [['Former National Security Adviser John Bolton', 'Former National Security Adviser John Bolton']]],
  // kept whole: a word ties the description to the name, two names are joined, the role is an acronym, a pronoun heads it
  ['en', 'People close to Putin said the talks stalled.', [['People close to Putin', 'People close to Putin']]],
  ['en', 'Human rights activists outside Iran said the pattern was harrowing.', [['Human rights activists outside Iran', 'Human rights activists outside Iran']]],
  ['en', 'The mother of victim Jane Doe said she was relieved.', [['The mother of victim Jane Doe', 'mother of victim Jane Doe']]],
  ['en', 'Dale and Martha said they would stay.', [['Dale and Martha', 'Dale and Martha']]],
  ['en', 'One neo-bank CEO said fees would rise.', [['One neo-bank CEO', 'One neo-bank CEO']]],
  ['fr', 'Son avocat, Me Julien Carré, a déclaré que le client était innocent.', [['Son avocat, Me Julien Carré', 'Me Julien Carré']]],
  // German capitalises its nouns: no lower-case description to drop
  ['de', 'Ein ranghoher Beamter des Ministeriums sagte, die Lage sei ernst.', [['Ein ranghoher Beamter des Ministeriums', 'ranghoher Beamter des Ministeriums']]],
  // batch 10: a capitalised month before a capitalised word opens a first name ("said Mar Hicks", "April Ryan said")
  ['en', '“It was seen as rote,” said Mar Hicks, a historian. April Ryan said the plan failed.', [['Mar Hicks', 'Mar Hicks'], ['April Ryan', 'April Ryan']]],
];

describe('names', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(sourcesOf(text, lang, ['cues', 'names']).map((s) => [s.text, s.name])).toEqual(want);
  });
});
