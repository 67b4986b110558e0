// The long tail of cue verbs and document nouns (session 24, cause A/A2 of the English tune misses), each class
// in the five languages, each with the frame that makes it report and a case without it:
// - an institution's or a country's pledge with its infinitive (lexicon `commitmentVerbs`): "Twitter pledged to take …";
// - charging someone with a charge (`chargeVerbs`, `chargePreps`): "charged Assange with espionage";
// - judging an object "as" something (`complementVerbs`, `complementIdioms`): "regard New Zealand – … – as …";
// - evidence bearing a claim out, a document subject only (`docFindingVerbs`): "The data supported …";
// - voicing a stance (`contentObjects`): "expressed anti-Trump sentiment";
// - documents and evidence as subjects (`docNouns`, `subjectDocNouns`): "A CT of his chest showed …";
// - smaller English cues: "speak of", "teased that", "demanded that", "pinpointed the earliest evidence of",
//   "issued a plea", a poster as a role.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

type Case = [lang: string, text: string, want: string[]];

const COMMITMENT: Case[] = [
  ['en', 'Twitter pledged to take “decisive corrective action” against similar strategies in the future.', ['Twitter']],
  ['en', 'Israel, which controls tax receipts, has pledged to punish the Palestinian Authority.', ['Israel']],
  ['en', 'The team pledged $5 million to the fund. The company promised land to the settlers.', []],
  // a person's promise to act is an act (a campaign pledge)
  ['en', 'Andy Beshear promised to protect Medicaid. Prime Minister Netanyahu pledged to form a coalition.', []],
  ['de', 'Die Regierung versprach, die Steuern bis 2030 deutlich zu senken.', ['Die Regierung']],
  ['de', 'Die Regierung versprach Hilfe.', []],
  ['fr', 'Le ministère a promis de punir les responsables.', ['Le ministère']],
  ['fr', 'Twitter s’est engagé à prendre des mesures contre ces comptes.', ['Twitter']],
  ['ru', 'Минобороны пообещало наказать виновных.', ['Минобороны']],
  ['ru', 'Компания пообещала новые модели.', []],
  ['uk', 'Міноборони пообіцяло покарати винних.', ['Міноборони']],
  ['uk', 'Компанія пообіцяла нові моделі.', []],
];

const CHARGE: Case[] = [
  ['en', 'The US Justice Department has charged Assange with espionage.', ['The US Justice Department']],
  ['en', 'Police charged the phone with a cable. The store charged $5 for a bag.', []],
  ['de', 'Die Staatsanwaltschaft erhob Anklage gegen den früheren Manager.', ['Die Staatsanwaltschaft']],
  ['fr', 'Le parquet a mis en examen l’ancien ministre pour corruption.', ['Le parquet']],
  ['ru', 'Прокуратура предъявила обвинение в мошенничестве бывшему директору.', ['Прокуратура']],
  ['uk', 'Прокуратура висунула обвинувачення у шахрайстві колишньому директору.', ['Прокуратура']],
];

const JUDGING: Case[] = [
  ['en', 'Whale experts regard New Zealand – or Aotearoa as it is called by Māori – as the whale stranding capital of the world.', ['Whale experts']],
  ['en', 'Fans regard the festival highly.', []],
  ['de', 'Experten betrachten Neuseeland als die Hauptstadt der Walstrandungen.', ['Experten']],
  ['de', 'Die Bauern betrachten die Felder.', []],
  ['fr', 'Les experts ont décrit la situation comme catastrophique.', ['Les experts']],
  ['ru', 'Эксперты расценили решение как ошибку.', ['Эксперты']],
  ['uk', 'Експерти розцінили рішення як помилку.', ['Експерти']],
];

const EVIDENCE: Case[] = [
  ['en', 'Data previously collected by the telescope supported the existence of the plumes. The data supported the theory.', ['The data']],
  // (numbers are no document: "large numbers of fur seals reported in New Zealand waters" is a quantity)
  ['en', "Marine mammals are abundant, with almost half the world's cetaceans and large numbers of fur seals reported in New Zealand waters.", []],
  ['en', 'She supports the bill. The beam supports the weight of the roof.', []],
  ['de', 'Die Daten stützen die Annahme eines Anstiegs.', ['Die Daten']],
  ['de', 'Der Minister stützt sich auf die Wand.', []],
  ['fr', 'Les données étayent l’hypothèse d’un réchauffement.', ['Les données']],
  ['ru', 'Данные подкрепляют эту версию.', ['Данные']],
  ['uk', 'Дані підкріплюють цю версію.', ['Дані']],
];

const STANCES: Case[] = [
  ['en', 'This isn’t the first time the Snopes.com writer has expressed anti-Trump sentiment on his Twitter page.', ['the Snopes.com writer']],
  ['en', 'The factory expressed the package overnight.', []],
  ['de', 'Der Verband bekundete Bedauern über die Entscheidung.', ['Der Verband']],
  ['fr', 'Le syndicat a exprimé son regret après la décision.', ['Le syndicat']],
  ['ru', 'Профсоюз выразил надежду на скорое решение.', ['Профсоюз']],
  ['uk', 'Профспілка висловила надію на швидке рішення.', ['Профспілка']],
];

const DOCUMENTS: Case[] = [
  ['en', 'A CT of his chest showed a “ground glass” pattern in both of his lungs.', ['A CT of his chest']],
  ['en', 'The plan identifies three "urgent" and several "serious" threats.', ['The plan']],
  ['en', 'The agreement maintained that it would cover the performance.', ['The agreement']],
  // (work is what someone made: "His work reported in Nature", "Bram Stoker's last published work")
  ['en', 'His work reported in Nature was widely cited.', []],
  ['en', 'She eventually illustrated Bram Stoker’s last published work, The Lair of the White Worm, in 1911.', []],
  ['de', 'Das CT zeigte eine Entzündung der Lunge.', ['Das CT']],
  ['de', 'Der Plan benennt drei Risiken.', ['Der Plan']],
  ['fr', 'Le plan recense trois menaces.', ['Le plan']],
  ['fr', 'L’accord prévoit que les salaires augmenteront.', ['L’accord']],
  ['ru', 'Томография показала воспаление легких.', ['Томография']],
  ['ru', 'План выделяет три угрозы.', ['План']],
  ['uk', 'Томографія показала запалення легень.', ['Томографія']],
  ['uk', 'План виділяє три загрози.', ['План']],
];

const ENGLISH: Case[] = [
  ['en', 'Hamilton and Gille, however, speak of a time when programming was open to women.', ['Hamilton and Gille']],
  ['en', 'Simmons teased that the band would play new songs. Simmons teased his brother.', ['Simmons']],
  ['en', 'The union demanded that the minister resign.', ['The union']],
  ['en', 'Researchers have pinpointed the earliest evidence of the illness to a village in Russia.', ['Researchers']],
  ['en', 'Fiona Parry issued a plea for people to stay away from pills containing the chemical.', ['Fiona Parry']],
  ['en', 'On the page an unidentified poster wrote that it was “disrespectful.”', ['an unidentified poster']],
];

describe.each([
  ['commitment verbs with an infinitive', COMMITMENT],
  ['charging someone with a charge', CHARGE],
  ['judging an object as something', JUDGING],
  ['evidence bearing a claim out', EVIDENCE],
  ['voicing a stance', STANCES],
  ['documents and evidence as subjects', DOCUMENTS],
  ['smaller English cues', ENGLISH],
])('%s', (_name, cases) => {
  it.each(cases)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang))).toEqual(want);
  });
});
