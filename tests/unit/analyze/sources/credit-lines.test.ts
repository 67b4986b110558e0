// Pass "credit-lines": credits without "Label:" — the photographer and agency a caption ends with,
// "Photo by X", "© X", "Image copyright X".
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'Traders work on the floor of the NYSE in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid', ['REUTERS/Brendan McDermid']],
  ['en', 'Vehicles sit at a dealership in Littleton, Colo. (AP Photo/David Zalubowski)', ['AP Photo/David Zalubowski']],
  ['en', 'Sondland arrives for a deposition, October 31, 2019. (Joshua Roberts/Reuters)', ['Joshua Roberts/Reuters']],
  ['en', 'Alex Wong | Getty Images', ['Alex Wong | Getty Images']],
  // a source passed on by an agency, in the parenthesis ending a caption; "via" in running prose is none
  ['en', 'Astronauts take a space walk during construction of the International Space Station. (NASA via AP, File)', ['NASA via AP']],
  ['en', 'Most goods still move via ships (Reuters via the port authority said so).', []],
  // a credit label and "via" credit who passed the picture on, without the label — as a credit line, not in a sentence
  ['en', 'Prices rose.\n\nImage via Getty Images\n\nMore text here.', ['Getty Images']],
  ['en', 'The crowd gathered outside the court. (Image via Reuters)', ['Reuters']],
  ['en', 'Photos via Reuters and AP show the crowd.', []],
  // an agency alone on its line, or after a caption's last sentence; an agency in a sentence or a short line is none
  ['en', 'Ministers approved the request.\n\nReuters\n\nAssange gestures with a thumbs up after his arrest.', ['Reuters']],
  ['en', 'The WeWork logo is displayed outside a space in New York. Reuters\n\nGood morning!', ['Reuters']],
  ['de', 'Der Minister spricht in Berlin vor der Presse. dpa', ['dpa']],
  ['en', 'The report was shared with Reuters.\n\nAbout Reuters', []],
  // wire agencies of other countries: alone on the last line, or ending a caption
  ['en', 'The men were deported for illegally entering the country.\n\nPTI', ['PTI']],
  ['de', 'Die Bischöfe trafen sich in Fulda.\n\nKNA', ['KNA']],
  ['en', 'They fought the infection.\n\nCourtesy of Andrew Vaughan\n\nThe papers came courtesy of the agency.', ['Andrew Vaughan']],
  ['en', 'It was complicated, wrote Bloomberg [Bloomberg]', []],
  ['en', 'The senator speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file', ['J. Scott Applewhite / AP']],
  // two labels with their agents in one caption line credit two (the photographer was missed)
  ['en', 'Photo illustration by Slate. Photo by David Dyer-Bennet.', ['Slate', 'David Dyer-Bennet']],
  ['en', 'The mayor in 2002. Graphic by Jane Roe. Photo by John Doe/AP', ['Jane Roe', 'John Doe/AP']],
  ['en', 'A man arrives at a residence in Montecito. (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)', ['Kevin Mazur/Getty Images for Ithaca Holdings']],
  ['en', '© John Brecher', ['John Brecher']],
  // a slash credit whose agency passed on a photo ("… photo via AP"), glued to a caption's last sentence
  ['en', 'The ship broke up, the Russian space agency said.(Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)', ['Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP']],
  // an outlet in capitals run on at a caption's end; capitals after a preposition, or a line all in capitals, are none
  ['en', 'Robert Mugabe with general Constantino Chiwenga at State House, the day after the military takeover HARARE HERALD', ['HARARE HERALD']],
  ['en', 'The players celebrate after the final whistle at the stadium in LOS ANGELES', []],
  ['en', 'WATCH THE FULL INTERVIEW HERE NOW', []],
  // capitals that name no outlet (no word of a masthead, not written as a name elsewhere) are the sentence's acronyms
  ['en', 'Key specs of the new laptop\n\nIt ships with 16GB of memory and runs on the latest NVIDIA RTX', []],
  ['en', 'Developers can query the data through the public REST API', []],
  ['en', 'The Zimbabwe Independent first reported the arrest.\n\nPolice officers stand outside the court building in Harare on Monday ZIMBABWE INDEPENDENT', ['ZIMBABWE INDEPENDENT']],
  ['en', 'Police officers stand outside the court building in Harare on Monday ZIMBABWE INDEPENDENT', []],
  // capitals that are grammar words are a specification's keywords, no outlet ("servers SHOULD NOT" at a line's end)
  ['en', 'would normally be sent with a bearer token, but servers SHOULD NOT\nimpose any such access barriers.', []],
  // a masthead in each language's words, an article opening it
  ['de', 'Demonstranten vor dem Landtag in München am späten Dienstagabend BERLINER MORGENPOST', ['BERLINER MORGENPOST']],
  ['fr', 'Des manifestants devant la préfecture de Lyon mardi soir LE PARISIEN', ['LE PARISIEN']],
  ['uk', 'Учасники акції біля будівлі суду в центрі міста ввечері ДЗЕРКАЛО ТИЖНЯ', ['ДЗЕРКАЛО ТИЖНЯ']],
  ['en', 'Image copyright Getty Images', ['Getty Images']],
  ['en', 'Credit...Doug Mills/The New York Times', ['Doug Mills/The New York Times']],
  ['en', 'A shopper looks at extension cords in Grass Valley, Calif. (Elias Funez/The Union via AP)', ['Elias Funez/The Union via AP']],
  ['en', 'Yersinia pestis survives on fleas that live on rodents. ( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)', ['STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY']],
  // an agency alone at the end of a caption without final punctuation
  ['en', 'US professor Kevin King (left) and his Australian colleague Timothy Weeks AP\n\nTwo hostages were freed.', ['AP']],
  ['de', 'Ein Polizeiwagen steht vor dem Landgericht in Mannheim dpa\n\nDas Urteil fiel am Montag.', ['dpa']],
  ['en', 'The report was confirmed by the AP.\n\nMeet the AP', []],
  // two credits of one caption, with where the first pictured person stands between them
  ['en', 'The label is home to her albums. (Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)', ['Richard Shotwell', 'Mark Von Holden/Invision/AP']],
  ['en', 'Photo by John Smith, left, and the crowd went home.', ['John Smith']],
  // a slash credit glued to a caption's last word; a part of it ending another caption later; an agency with its dash label
  ['en', 'The city was closed earlier this year due to some contaminated marmots Vesti/The Siberian Times\n\nA couple who died are suspected to have eaten a large rodent The Siberian Times\n\nThe Siberian Times reported it.', ['Vesti/The Siberian Times', 'The Siberian Times']],
  ['en', 'The case was reported after a hunter killed and ate a rabbit Getty - Contributor\n\nHealth bosses said so.', ['Getty - Contributor']],
  ['en', 'Why markets fear a long fight over the US/China Trade War\n\nShares fell after the report. Photograph by Robyn Beck/AFP/Getty Images', ['Robyn Beck/AFP/Getty Images']],
  // batch 9: a bare agency in the parenthesis after a caption's last sentence; a second agency after a dash;
  // a credit label without a colon in the parenthesis ending a line ("(Photo X. AFP)"), not a two-word label or lower case
  ['en', 'Gunmen stormed the national museum, killing at least 19 people, most of them foreign tourists. (Reuters)', ['Reuters']],
  ['en', 'It was complicated, wrote Bloomberg (Bloomberg)', []],
  ['en', 'United Nations peacekeepers at a refugee camp in Sudan on Monday. Ashraf Shazly/Agence France-Presse — Getty Images', ['Ashraf Shazly/Agence France-Presse — Getty Images']],
  ['fr', 'Un Népalais prie à Katmandou, le 30 avril 2015. (Photo Prakash Mathema. AFP)', ['Prakash Mathema. AFP']],
  ['fr', 'Une photo est exposée au musée (photo prise en 2015)', []],
  ['en', 'The mayor speaks at City Hall. (Photo Illustration)', []],
  // not credits: prose with a slash, an all-capitals label, a copyright year
  ['en', 'The Kyiv/Moscow talks broke down on Monday.', []],
  ['en', 'DIGG PICKS | AFFILIATE', []],
  ['en', 'The contents of this site are ©2019 Capitol Hill Publishing Corp.', []],
  // a name and an agency after a comma, the whole line under a caption; a place and an agency is a dateline
  ['en', 'Eastern Michigan quarterback Mike Glass III\n\nAl Goldis, Associated Press\n\nDekalb, Ill. — Glass threw for three touchdowns.', ['Al Goldis, Associated Press']],
  ['en', 'Paris, AFP\n\nThe talks went on.', []],
  // an agency with its collection after a slash, after a one-word source ("Jupiterimages, Getty Images/Creatas RF")
  ['en', 'Soccer ball on grass\n\nJupiterimages, Getty Images/Creatas RF\n\nGIRLS BASKETBALL', ['Jupiterimages, Getty Images/Creatas RF']],
  ['en', 'The route ran through\n\nMoscow, Kyiv/Odesa\n\nand on.', []],
  // a caption ending with "via" and the name its picture came from (no final punctuation); a sentence with "via" is none
  ['en', "A preview was shared.\n\n16-inch MacBook Pro's new scissor switch keyboard via iFixit\n\nThe report claims the size stays.", ['iFixit']],
  ['en', 'Songs from the album are now available via Apple Music\n\nThe band toured.', []],
  ['en', 'The company shipped the new phones via DHL.', []],
  // batch 10: a syndicated picture's provider after the mark, not the participle ("© Provided by …"; lexicon creditMarks)
  ['en', '© Provided by Business Insider Inc Nintendo/Apple', ['Business Insider Inc Nintendo/Apple']],
  ['de', '© Bereitgestellt von Spiegel Online', ['Spiegel Online']],
  ['fr', '© Fourni par Le Figaro', ['Le Figaro']],
  ['ru', '© Предоставлено: РИА Новости', ['РИА Новости']],
  ['uk', '© Надано: Укрінформ', ['Укрінформ']],
  // batch 10: three or more parts joined only by bars are a menu, not a credit; two are ("Alex Wong | Getty Images")
  ['en', 'Under the City’s Streets, A Battle Against Winter. Order Reprints | Today’s Paper | Subscribe', []],
  ['de', 'Der Minister spricht. Abo | Newsletter | Kontakt', []],
  ['en', 'A man waves at the crowd in Kyiv. Alex Wong | Getty Images', ['Alex Wong | Getty Images']],
];

describe('credit-lines', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['credit-lines']))).toEqual(want);
  });
});
