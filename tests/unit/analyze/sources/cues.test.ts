// Pass "cues": reporting verbs take their subject (before) or their inverted name (after);
// prepositional cues take the name after them. Pronouns, times and parts of names are no sources.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

type Want = string | { text: string; kind?: string; cue?: string };
const CASES: Array<[string, string, Want[]]> = [
  // subjects, whole names with titles
  ['en', 'Zaporizhzhia Oblast Governor Ivan Fedorov said earlier in August that the campaign began.', [{ text: 'Zaporizhzhia Oblast Governor Ivan Fedorov', cue: 'said' }]],
  ['en', 'Walt Disney Co. executive Kevin Mayer said demand was high.', ['Walt Disney Co. executive Kevin Mayer']],
  ['en', 'The New York Times reported on Sunday that WeWork is preparing cuts.', ['The New York Times']],
  ['en', 'U.S. Defense Secretary Mark Esper on Wednesday accused China of coercion.', ['U.S. Defense Secretary Mark Esper']],
  ['en', 'Meanwhile, the US-based Institute for the Study of War (ISW) noted that it was unlikely.', ['the US-based Institute for the Study of War (ISW)']],
  ['en', 'The Federal Aviation Administration (FAA) said on Friday that the jets were safe. The FAA said more checks follow.', ['The Federal Aviation Administration (FAA)', 'The FAA']],
  // a refusal to comment or no answer states no claim (the tune gold: "A Whole Foods spokeswoman declined to comment" is none)
  ['en', 'A Whole Foods spokeswoman declined to comment on pricing. The ministry did not respond to a request for comment.', []],
  // "soutenir" reports only with its clause: supporting a reform is an act
  ['fr', 'Le ministre soutient que la réforme est juste. Selon un sondage, 60 % des Français soutiennent la réforme.', ['Le ministre', 'un sondage']],
  // verbs of expecting, discovering, demanding and complaining
  ['fr', 'Les économistes s’attendent à une baisse des taux. Les associations réclament davantage de moyens.', ['Les économistes', 'Les associations']],
  ['fr', 'Les chercheurs ont découvert que le sommeil est important.', ['Les chercheurs']],
  ['de', 'Kritiker bemängeln, dass das Gesetz zu weit geht. Forscher haben herausgefunden, dass Schlaf wichtig ist.', ['Kritiker', 'Forscher']],
  ['de', 'Eine Studie belegt einen Anstieg der Mieten. Die Firma belegt Platz drei.', ['Eine Studie']],
  ['ru', 'Ученые обнаружили, что сон важен. Полиция обнаружила тело в лесу.', ['Ученые']],
  // linking only with a document as subject; the perfect of showing; a record of cases (not evidence pointing to something)
  ['en', 'Several studies have linked the drug to heart attacks. The road links two towns.', ['Several studies']],
  ['en', 'Previous research has shown a link between sleep and memory. Voters could have shown they were tired.', ['Previous research']],
  ['en', 'Human Rights Watch has documented dozens of cases. Multiple lines of evidence now point to the existence of plumes.', ['Human Rights Watch']],
  // a document only viewed by an outlet: the document reports, the outlet is a witness
  ['en', 'An internal memo viewed by Axios shows the plan.', ['An internal memo']],
  // a rebuttal, the plural of reckoning, a cause given; not a deadline pushed back, nor a passive attribution
  ['en', 'The White House pushed back on the report. The company pushed back the deadline.', ['The White House']],
  ['en', 'Economists at Capital Economics reckon the bank will cut. Oza attributed the rally to the ruling. The painting is attributed to Rembrandt.', ['Economists at Capital Economics', 'Oza']],
  // a study's results as the origin of what they show
  ['en', 'The results suggest the drug works. Results were mixed.', ['The results']],
  // a market's bet with its clause; "a bet that" is a noun
  ['en', 'Investors are betting that the Fed will cut rates. He lost a bet that Biden would win.', ['Investors']],
  // a verb that is also a noun ends the author of the data before a bare noun ("show unemployment rose")
  ['en', 'Data from the ministry show unemployment rose.', ['the ministry']],
  ['en', 'According to the ministry report, growth slowed.', ['the ministry report']],
  // verbs of identifying, ranking and listing report only with a document as subject (lexicon docFindingVerbs)
  ['en', 'The report, which compares data from 200 companies since 2015, ranks ReactJS, Docker, and Ansible at the top.', ['The report']],
  ['en', 'The study identifies three groups at risk. The report lists three risks.', ['The study', 'The report']],
  // (an identification by name is a claim whoever makes it, lexicon identifyingFrames: battery 4 en4-07, the brief of session 26)
  ['en', 'Police identified the victim as John Smith. The company ranked third in sales.', ['Police']],
  ['en', 'Police identified the victim. The company ranked third in sales.', []],
  ['de', 'Der Bericht benennt drei Risiken für die Wirtschaft.', ['Der Bericht']],
  ['fr', 'Le rapport recense trois menaces.', ['Le rapport']],
  ['ru', 'Доклад выделяет три угрозы.', ['Доклад']],
  ['uk', 'Звіт виділяє три загрози.', ['Звіт']],
  // a holding reports with its clause (lexicon clauseOnlyVerbs): "The courts have held that …", not "held a hearing"
  ['en', 'The courts have held that the definition includes a change of business. The court held a hearing on Monday.', ['The courts']],
  // … and "that" before a bare noun is a demonstrative, no clause: "held that seat", "held that lead"
  ['en', 'The Democrats held that seat for decades. Liverpool held that lead until the final whistle. Judges held that Congress exceeded its power.', ['Judges']],
  // a document's verb of ranking right after its name ("A study of military ranks" is a study of ranks)
  ['en', 'A study of military ranks found that soldiers sleep less.', []],
  // people who comment or answer a poll are role sources, also with their name set off
  ['en', 'One commenter, Bruce Van Horn, noted that jobs tagged as developers assume many skills. Survey respondents said they were worried.', ['One commenter, Bruce Van Horn', 'Survey respondents']],
  ['de', 'Die Befragten sagten, dass sie besorgt seien. Ein Kommentator schrieb, das sei falsch.', ['Die Befragten', 'Ein Kommentator']],
  ['fr', 'Un commentateur a estimé que la loi était injuste.', ['Un commentateur']],
  ['ru', 'Респонденты заявили, что цены выросли.', ['Респонденты']],
  ['uk', 'Респонденти заявили, що ціни зросли.', ['Респонденти']],
  // "that" as a relative pronoun right after a noun phrase: the phrase is the subject; after a verb it is a conjunction 
  ['en', 'The company published a blog post that said customers could listen. Critics pointed to a memo that says the deal is off.', ['The company', 'a blog post', 'a memo']],
  ['en', 'He said that reported cases rose.', []],
  // a description set off by dashes between the subject and its verb
  ['en', 'Peng Mei — project manager for communications on Singles Day and PR director of Tmall, the retail site owned by Alibaba — responded to the allegations in a post.', ['Peng Mei']],
  ['en', 'He left early — and then said nothing.', []],
  // ", — said X" closes a Russian or Ukrainian quotation, and a dash there means "is": no description; German neither
  ['ru', 'Главная проблема — инфляция, — заявил министр финансов.', ['министр финансов']],
  ['uk', 'Наша мета — мир, — наголосив Зеленський.', ['Зеленський']],
  ['ru', 'Москва — столица России, — напомнил Песков.', ['Песков']],
  ['uk', 'Ціни зросли — на 5%, — повідомив Нацбанк.', ['Нацбанк']],
  ['de', 'Das Problem – die Inflation – sagte der Minister.', ['der Minister']],
  ['en', 'Prices rose — by 5%, — said the bank.', ['the bank']],
  // a participle after a possessive noun and before a noun is an adjective; a noun after the possessive is the subject
  ['en', 'He raped Virginia Giuffre, a victim of Epstein’s alleged sex trafficking ring. The company’s reported earnings rose.', []],
  // a company named with its "’s" keeps its verb before a capitalised object ("Stadia’s recommended
  // Chromecast Ultra" stays a known error: the words alone do not tell the two apart)
  ['en', 'Moody’s warned Britain that its credit rating could be cut. Macy’s reported Black Friday sales rose 5%.', ['Moody’s', 'Macy’s']],
  ['en', 'Smith’s lawyer said it was false.', ['Smith’s lawyer']],
  // beliefs, promises and confirmations with their clause; a person's promise to act is an act (an institution's or a
  // country's pledge states its policy: long-tail-cues.test.ts; a lone surname cannot be told from a company's name)
  ['en', 'Scientists have suspected that there is water. Andy Beshear promised to protect Medicaid.', ['Scientists']],
  // a promise or a suspect is also a noun; "bear out that" is as often "bear out that trend"
  ['en', "Biden's promise that taxes would not rise was broken.", []],
  ['en', 'The data bear out that trend.', []],
  ['en', 'Police said the suspect that officers arrested was armed.', ['Police']],
  // swearing reports only before its clause
  ['en', 'The chief justice swore in the president on Monday.', []],
  ['en', 'The new mayor swore an oath to protect the city.', []],
  ['en', 'Adam Schiff swears he has no idea who the whistleblower is. The witness swore that she saw him.', ['Adam Schiff', 'The witness']],
  // a compound joined by a hyphen is a noun of its last part
  ['en', 'The co-founders said the deal was off. The neo-banks have promised that they will ease your pain.', ['The co-founders', 'The neo-banks']],
  // … not an adjective built on a noun's stem, nor an adverb after a preposition
  ['en', 'The hard-headed approach showed that discipline works.', []],
  ['en', 'A well-researched piece argued that prices would fall.', []],
  ['ru', 'Он по-советски заявил, что всё хорошо.', []],
  ['ru', 'Экс-министр заявил, что всё хорошо.', ['Экс-министр']],
  // an age or a home town set off after a name (the name is the source); a number alone opens no clause
  ['en', 'Mary Jones, 45, said she had waited for hours. Tom Lee, of Boston, said the same.', ['Mary Jones', 'Tom Lee']],
  ['de', 'Anna Müller, 45, sagte, sie habe gewartet. Jan Roth, aus Berlin, sagte das auch.', ['Anna Müller', 'Jan Roth']],
  ['fr', 'Marie Dupont, 45 ans, a déclaré qu’elle attendait.', ['Marie Dupont']],
  ['uk', 'Марія Коваль, 45 років, розповіла, що чекала.', ['Марія Коваль']],
  ['ru', 'Мария Иванова, из Москвы, рассказала, что ждала.', ['Мария Иванова']],
  ['en', 'In 2019, 45, said nothing.', []],
  // degrees set off after a name belong to it; a suffix alone after a pronoun or a place names no one
  ['en', 'Michael Shadlen, Ph.D., said the result was clear. Jane Roe, MD, PhD, said it works.', ['Michael Shadlen, Ph.D.', 'Jane Roe, MD, PhD']],
  ['en', 'In Washington, DC, he said nothing.', []],
  // the sample a survey polled is part of it; a reporting verb after a name ends a name read forward
  ['en', 'A survey of 1,000 adults found that most oppose the plan.', ['A survey of 1,000 adults']],
  ['en', 'Data from the Census Bureau show the population grew.', ['the Census Bureau']],
  // a verdict word in a clause of its own is the claim ("said his client was innocent"); a verdict after an object is an act
  ['en', 'Smith’s lawyer said his client was innocent. The jury found him guilty.', ['Smith’s lawyer']],
  // a party label with an abbreviation's dots stays in the name
  ['en', 'Rep. Alexandria Ocasio-Cortez (D-N.Y.) said the bill would pass.', ['Rep. Alexandria Ocasio-Cortez (D-N.Y.)']],
  // an agent ends before "of" and a gerund with its object; "of" and a noun stays
  ['en', 'Corbyn is accused by critics of promoting high-tax policies. Critics of the plan said it would fail.', ['critics', 'Critics of the plan']],
  // verbs of agreeing, understanding and signalling report with their clause; groups of people by what they do
  ['en', 'Many businesses agree that China has taken advantage. The BBC understands that she will resign. They agree to pay.', ['Many businesses', 'The BBC']],
  ['en', 'Benioff intimately understands the benefits of that collaboration.', []],
  ['fr', 'Les agriculteurs conviennent que la récolte sera faible.', ['Les agriculteurs']],
  ['uk', 'Фермери погоджуються, що врожай буде низьким.', ['Фермери']],
  ['ru', 'Избиратели соглашаются, что выборы важны.', ['Избиратели']],
  // "aus" before a document is a cue ("geht aus einem Bericht … hervor"); not before anything else
  ['de', 'Das geht aus einem Bericht des Umweltbundesamtes hervor. Er kam aus dem Haus.', ['einem Bericht des Umweltbundesamtes']],
  ['de', 'Die Anklage hatte ihm Betrug vorgeworfen.', ['Die Anklage']],
  // verbs of judging report with an object and "as" ("rejected … as", "hailed … as"), not without it
  ['en', 'The Pentagon rejected these accusations as “patently false.” The Senate rejected the bill. The president hailed the deal as historic. Fans hailed a taxi.', ['The Pentagon', 'The president']],
  // people by their role or tie are sources as subjects; a short role word is matched whole ("mom" is no stem of "moment")
  ['en', 'The driver said the car skidded. The suspect told police he was asleep. Mom said no. A moment said nothing.', ['The driver', 'The suspect', 'Mom']],
  ['fr', 'Le conducteur a déclaré que la voiture avait dérapé. La mère a raconté la scène.', ['Le conducteur', 'La mère']],
  // a reporting verb after a name is its verb, not a document noun; a role's clause ends at its own reporting verb
  ['en', 'The sheriff’s office said deputies found the car. Sheriff John Doe said deputies found a gun.', ['The sheriff’s office', 'Sheriff John Doe']],
  ['en', 'The company’s annual report said sales fell.', ['The company’s annual report']],
  // an age before an apposition; the passive of quoting
  ['en', 'Jane Doe, 45, a nurse from Ohio, said she waited for hours. Smith is quoted as saying the plan was dead.', ['Jane Doe', 'Smith']],
  // a listener after an inverted name ends it
  ['fr', 'La réforme sera retirée, a indiqué le ministère à l’AFP. La Banque de France a indiqué que la croissance ralentit.', ['le ministère', 'La Banque de France']],
  // a short prepositional phrase set off between a name and its verb; a relative clause with its own verb is not skipped
  ['en', 'Smith, for his part, said the plan would fail. Officials, in turn, said so. He met Jones, with whom he said nothing.', ['Smith', 'Officials']],
  // anonymous and role sources with their qualifier
  ['en', 'Two diplomats familiar with the talks said no deal was near.', ['Two diplomats familiar with the talks']],
  ['en', 'People close to the minister said he would resign.', ['People close to the minister']],
  // a relative word right before a reporting verb stands for the noun before it: it is no part of the source
  ['en', 'The staff member who reported the call recalled that he said he would act.', ['The staff member']],
  ['en', 'Analysts say prices will rise. A senior government official said talks were under way.', ['Analysts', 'A senior government official']],
  // two source nouns joined by "and" are one subject (as "Egypt and Jordan" is, by the labelling policy)
  ['en', 'Both independent analysts and sources in the Rukban camp told the station the claims are false.', ['Both independent analysts and sources in the Rukban camp']],
  // publications and reports
  // a number before an anonymous noun, a document with its author before the verb, legal documents
  ['en', 'Two people with knowledge of the matter said the bid would fail. The three officials said no.', ['Two people with knowledge of the matter', 'The three officials']],
  ['en', 'It is not a good deal for Trump, a second person briefed on last weekend’s trade phone call said.', ['a second person briefed on last weekend’s trade phone call']],
  ['en', 'A 2019 report by the Government Accountability Office found widespread waste. A report by the GAO said waste was common.', ['A 2019 report by the Government Accountability Office', 'A report by the GAO']],
  ['en', 'The lawsuit alleges that the company hid the risks. The Wall Street Journal first reported the talks.', ['The lawsuit', 'The Wall Street Journal']],
  // a document before a participle that describes it; an outlet that has learned something
  // the document may head a phrase with its author before the participle (passage battery en-p34); a name
  // that only publishes is no document ("The city published on Monday new rules")
  ['en', 'A report by Human Rights Watch published on Wednesday documented 120 cases. The city published on Monday new rules.', ['A report by Human Rights Watch']],
  ['en', 'A Gallup poll released Tuesday found that 60% support it. Documents reviewed by The Associated Press show the payments.', ['A Gallup poll', 'Documents']],
  // court papers and filings are documents (lexicon docNouns): the reporter who obtained them is no source, the papers are
  ['en', 'Court papers obtained by our correspondent on Monday showed that the suit was filed.', ['Court papers']],
  ['uk', 'Він послався на документи, які свідчать, що компанія заплатила.', ['документи']],
  ['en', 'The BBC has learned that the plan was dropped. She has learned to live with it.', ['The BBC']],
  ['en', 'A trade journal reported that output fell.', ['A trade journal']],
  ['en', 'Output fell 5%, according to a report by the International Monetary Fund.', ['a report by the International Monetary Fund']],
  // after "according to" no listener stands: a word that is an audience after "told" ("analysts") is the source here
  ['en', 'Prices rose, according to analysts at Barclays. Costs fell, according to investors.', ['analysts at Barclays', 'investors']],
  // a qualifier of two words or more after a source noun belongs to it ("surveyed by", "polled by", "briefed on")
  ['en', 'Earnings were $1.20 a share, according to analysts surveyed by FactSet. Economists polled by Reuters had forecast a 0.3% rise.', ['analysts surveyed by FactSet', 'Economists polled by Reuters']],
  ['en', 'The deal is off, according to lawmakers briefed on the talks.', ['lawmakers briefed on the talks']],
  // the progressive of "expect" with a plural subject forecasts ("Kimberly was expecting" a child says nothing)
  ['en', 'Wall Street analysts surveyed by Refinitiv were expecting $2.52 a share. Kimberly was expecting on the show.', ['Wall Street analysts surveyed by Refinitiv']],
  ['fr', 'La hausse est de 2 %, selon les économistes interrogés par l’AFP.', ['les économistes interrogés par l’AFP']],
  ['en', 'Prices rose 5%, according to the statistics office.', [{ text: 'the statistics office', cue: 'according to' }]],
  // an estimate's or a forecast's author, in the singular as in the plural ("по оценке", "за оцінкою", "nach Schätzung")
  ['ru', 'Средняя цена автомобиля в октябре, по оценке «АвтоИндекса», составила 3,4 млн рублей. По прогнозу Минэкономразвития, инфляция замедлится.', ['«АвтоИндекса»', 'Минэкономразвития']],
  ['uk', 'За оцінкою Нацбанку, інфляція сповільниться. За прогнозом на 2025 рік інфляція сповільниться.', ['Нацбанку']],
  ['de', 'Nach Berechnungen des Instituts sinkt die Zahl.', ['Berechnungen des Instituts']],
  // the object of a causative verb speaks in the infinitive after it, before a clause; one who is only asked does not
  ['en', 'Abandoning likes allowed Mosseri to claim that Instagram is calm. The video prompted some Twitter users to argue that it looked bad. He asked Smith to confirm that it was true. It is hard to claim that it works.', ['Mosseri', 'some Twitter users']],
  // two subjects, the first with its apposition, joined before one verb: both are sources; an object before the comma is none
  ['en', 'Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former official, said the call was fine. He met Jane Doe, the envoy, and Tim Lee said so.', ['Kurt Volker', 'Tim Morrison', 'Tim Lee']],
  // a name set off inside an apposition (after words that hold no role) belongs to it; after a role it is the role's name
  ['en', 'Prince Andrew, the younger brother of heir to the British throne, Charles, has reportedly told friends that it went well. Carlineo\'s attorney, Sonya Zoghlin, said it was over.', ['Prince Andrew', "Carlineo's attorney, Sonya Zoghlin"]],
  // more verbs of saying; recognising reports only with its "that"
  ['en', "Salesforce's CEO marveled at Apple's ability to innovate. Recent governments have, however, recognized that Austrians were also perpetrators. The award recognized his work.", ["Salesforce's CEO", 'Recent governments']],
  // a name read back from the verb that is the object of a participle after a source noun: the noun phrase before it is the source
  ['en', 'NASA scientists using a telescope atop Mauna Kea have confirmed the presence of water vapor.', ['NASA scientists']],
  // a stop word used as an adjective between the article and its noun is part of the name; so is a brand's "!"
  ['en', 'He was diagnosed with it, according to a new case report. The new study found that it works. Prices rose, according to an earlier survey.', ['a new case report', 'The new study', 'an earlier survey']],
  ['en', 'Braun is unhappy, according to a new report by E! News. Hurry! Now it is over, said Smith.', ['a new report by E! News', 'Smith']],
  // inverted and quoted
  ['en', '“It adds up,” said chief executive Tom Ridley.', [{ text: 'chief executive Tom Ridley', kind: 'quote' }]],
  ['en', 'The greenback may be in for some weakness, said Juan Perez, a strategist.', ['Juan Perez']],
  ['en', '“We will stay,” said U.S. Attorney Nealy Cox.', ['U.S. Attorney Nealy Cox']],
  // clauses and appositions skipped back to the name
  ['en', 'British intelligence, analyzing the start of conscription, suggests that conscripts will be sent.', ['British intelligence']],
  ['en', 'Omar Lamrani, a senior military analyst at Stratfor, the Texas-based intelligence firm, told the paper the base is vital.', ['Omar Lamrani']],
  ['en', 'The German automaker, which has focused on electric cars, says the model is new.', ['The German automaker']],
  // "they" for the previous sentence's subject
  ['en', 'The researchers studied 800 cities. They found that heat kills.', ['The researchers']],
  // not sources: capitalised verbs in names, nouns, adjectives, pronouns, times, polled shares
  ['en', 'The United States lost to Canada. Cars are on display at the Los Angeles Auto Show.', []],
  ['en', 'His repeated claims of having no memory are implausible. The service has movies and TV shows from Pixar.', []],
  ['en', 'He faces questions about a newly revealed phone call.', []],
  ['en', 'I’d say it works. He instead told the interviewer nothing. She said no.', []],
  ['en', 'Fifty-one percent say he should go, and 70 percent of Americans say it was wrong.', []],
  ['en', 'Ivana Jelić and Pavle Petrović found inspiration in Van Gogh.', []],
  ['en', 'Rising interest rates added as much as 40% to project costs.', []],
  // passive: the subject is no source, the agent is
  ['en', 'Employees were told that layoffs begin. Job cuts will be announced later. Staff were told by WeWork that the deal was off.', ['WeWork']],
  // German passive around the clause: auxiliary second, participle last — no speaker; an active verb at the end of its clause keeps its subject
  ['de', 'Auf der Messe werden dieses Jahr mehr als 40.000 Besucher erwartet. Im Herbst wurde ein Rückgang der Zahlen erwartet.', []],
  ['de', 'Der Branchenverband erwartet, dass die Preise steigen. Die Preise werden steigen, erwartet der Verband.', ['Der Branchenverband', 'der Verband']],
  // headings sum up; weak verbs need a clause or a document; "citing" needs someone
  ['en', 'Forecasters warn of a dry winter\n\nThe survey found 40% of farms short of water. Those companies find themselves in a vise.', ['The survey']],
  // a heading closing on a quotation without its own punctuation
  ['de', 'IG Metall spricht von „Kahlschlag“\n\nDie Gewerkschaft reagierte empört.', []],
  ['en', 'Trump scuttled the talks, citing Taliban violence. Prices rose, citing the statistics office.', ['the statistics office']],
  ['en', 'Twitter released a beta version. The ministry issued a statement on Monday.', ['The ministry']],
  // acts, not reports: a verb with other senses before a coordinated act or a concrete object; a picture or recording released
  ['en', 'Officers found and rescued her from a hotel room. A family friend found the suspect’s car in the lot and called 911. Researchers found that the cells respond.', ['Researchers']],
  ['en', 'Federal prosecutors in Texas released the body camera footage on Monday. The police released a statement on Tuesday.', ['The police']],
  ['de', 'Die Polizei veröffentlichte Aufnahmen der Tat. Das Ministerium veröffentlichte einen Bericht.', ['Das Ministerium']],
  // an instruction (a verb of telling, its object, an infinitive) reports nothing; a second object is what was told
  ['en', 'The doctor prescribed steroids and told him to get rid of the duvet. Employees were told by WeWork to sign by Monday.', []],
  ['en', 'Prosecutors told reporters the decision to drop the inquiry had been taken.', ['Prosecutors']],
  // research as the subject: a plural study finds even with a concrete object, a study hints that …; "in the words of" cites
  ['en', 'In fact, a preliminary study in rats hints that the functions evolved first. Back then, microscopy studies found them in every organ.', ['a preliminary study in rats', 'microscopy studies']],
  ['en', 'Here is how bad things got in the words of the patient: “I was unable to stand.”', ['the patient']],
  // the present tense of feature writing; a noun in the same form is none; advising someone to act is an instruction
  ['en', 'Smith describes the plan as reckless. Jones wonders whether it will work. Product recalls rose. The website advises users to check with experts.', ['Smith', 'Jones']],
  // a profession or a field of science as a role noun
  ['en', 'A virologist at the university warned that cases would rise. The coroner said the death was an accident. An activist told reporters the march would go on.', ['A virologist at the university', 'The coroner', 'An activist']],
  // an age read as a noun is a later mention of a person
  ['en', 'The Portuguese boss had been out of work. The 56-year-old said after his appointment that he was excited.', ['The 56-year-old']],
  ['de', 'Der 56-Jährige sagte, er sei froh.', ['Der 56-Jährige']],
  ['uk', '56-річний заявив, що радий.', ['56-річний']],
  // the progressive of a reporting verb, with a plural role noun as its subject
  ['en', 'Michigan health authorities are reporting a 6th fatality. Experts are warning that prices will rise. What he is saying is wrong.', ['Michigan health authorities', 'Experts']],
  // a place's state or country set off after a place ("in Munich, Germany,") belongs to the apposition, which gives way to the name
  ['en', 'Dylan Nelson, a fellow at the Max Planck Institute in Munich, Germany, and co-author of the study, said in a statement. Ann Lee, a nurse at a clinic in Austin, Texas, said the same.', ['Dylan Nelson', 'Ann Lee']],
  // a place after a preposition belongs to the name before it: never the subject on its own
  ['en', 'In 2016, Owen Dempsey of the Aberdeen Royal Infirmary in the UK told the tale. Police in Texas said the road was closed.', ['Owen Dempsey of the Aberdeen Royal Infirmary in the UK', 'Police in Texas']],
  // a document noun after another, in a phrase opened by a preposition, is a compound noun; "a new study reports" is a verb
  ['en', 'In a research report early Tuesday, the market was called wrong. Water vapour was found, a new study reports.', ['a new study']],
  // a verb that needs a document takes one a few words on, but not one another wrote
  ['en', 'Last week the Inspector General released two highly critical reports. Trump released a letter from his physician. The songs were released through Big Machine.', ['the Inspector General']],
  ['ru', 'Росстат опубликовал доклад о ценах. Компания представила новый автомобиль.', ['Росстат']],
  ['uk', 'Нацбанк оприлюднив звіт про інфляцію.', ['Нацбанк']],
  // a weak verb closing a sentence whose report came first; "described/cited/touted … as"
  ['en', '“I then heard the president ask,” Holmes testified. Afterward, the aid was frozen, Morrison testified.', ['Holmes', 'Morrison']],
  ['en', 'Traders cited the uncertainty over the trade war as a reason for stocks to drift.', ['Traders']],
  // giving testimony reports on its own, with no clause after it; pronouns still are no sources, and a thing that "testifies to" something is none
  ['en', 'Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former National Security Council official, testified side-by-side on Tuesday.', ['Kurt Volker', 'Tim Morrison']],
  ['en', 'The ambassador testified before the House Intelligence Committee for nine hours. He testified again on Friday.', ['The ambassador']],
  ['en', 'His success testifies to hard work. Hill is expected to testify next week.', []],
  ['uk', 'Марія Коваль дала свідчення у вівторок. Він дав свідчення в суді.', ['Марія Коваль']],
  ['ru', 'Мария Иванова дала показания во вторник. Он дал показания в суде.', ['Мария Иванова']],
  ['en', 'It followed the testimony of four officials, including a career Army officer who described the call as “improper.”', ['a career Army officer']],
  ['en', 'Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham manager.', []],
  ['en', 'Ten of the 18 staffers who reported for duty were new. A lawyer who said the plan was legal left.', ['A lawyer']],
  ['en', 'Assange, who denies the accusation, has avoided extradition.', ['Assange']],
  ['en', 'The Afghan government has ruled out Taliban involvement in the crash.', ['The Afghan government']],
  // "per" names a source, but not in a rate; an agent after a participle without an auxiliary
  ['en', 'The bacteria, per the WHO, live in fleas. The firm bid $16.50 per share. There were 393 deaths per million people.', ['the WHO']],
  // the opposition is a source noun in every lexicon, like the government (passage battery en-p23)
  ['en', 'The opposition said the promise was empty. Opposition to the plan grew.', ['The opposition']],
  ['fr', 'Le budget est insincère, selon l’opposition.', ['l’opposition']],
  ['ru', 'Бюджет нереалистичен, заявила оппозиция.', ['оппозиция']],
  // "per" with a possessive names the document (passage battery en-p51); "per its share" is no English rate
  ['en', 'The company lost $1.2 billion, per its latest filing. Shares fell 8%, per his lawyer. Costs rose 3% per year.', ['its latest filing', 'his lawyer']],
  // a first person's possessive is the writer's own (no source), and a third person's takes only a source or document noun
  ['en', 'Prices rose 5 percent, per our analysis. Rents fell, per my sources. Fees rose, per their own.', []],
  ['en', 'The $40 billion in purchases touted by Trump in October would need it. The board, advised by Goldman Sachs, agreed.', ['Trump']],
  // an inverted verb before a role and a name set off by a comma: the name
  ['en', 'He ran Ukraine policy, said another witness in the probe, former White House Russia adviser Fiona Hill.', ['former White House Russia adviser Fiona Hill']],
  // a reporting verb after a possessive noun is a noun
  ['en', 'It was not possible to independently verify the group\'s claim. Lowe’s reports earnings on Tuesday.', ['Lowe’s']],
  ['de', 'Der Minister bezeichnete den Plan als Fehler.', ['Der Minister']],
  ['en', 'Lewis Ward, research director at IDC, sees the lineup as its Achilles heel.', ['Lewis Ward']],
  // a second verb after a coordinator shares the sentence's subject (not a pronoun's)
  ['en', 'Vietnam is one of the region’s most vocal critics and has accused Beijing of encroaching. He met them and said no.', ['Vietnam']],
  ['uk', 'Компанія скоротила штат і заявила про падіння попиту.', ['Компанія']],
  // a plural subject takes the base form; "is of the view" reports
  ['en', 'Officials confirm the deal is done. Critics contend the law is unfair. Experts and brokerages are of the view that a recovery is priced in.', ['Officials', 'Critics', 'Experts and brokerages']],
  // a negated verb reports nothing; a verb form after a possessive and before a preposition, or before a colon, is a noun
  ['en', 'The experts somehow cannot explain why. GiveWell never recommends funding it. I definitely didn’t expect a deal.', []],
  ['en', 'He linked it to Fox News host Jeanine Pirro’s comments on the hijab. Editor\'s note: This story was updated.', []],
  ['ru', 'Министерство не сообщило, когда откроется граница.', []],
  // a verdict is an act, not a claim; the same verb with a clause reports
  ['ru', 'Суд признал их виновными по ч. 4 ст. 159 УК РФ. Обвиняемый признал, что звонил пожилым людям.', ['Обвиняемый']],
  ['uk', 'Суд визнав його винним у хабарництві.', []],
  ['en', 'The jury found the company liable for the spill. The court ruled the company guilty of fraud. The court found that the rules were broken.', ['The court']],
  // an answer by means of a thing is an act; with a document or claim word, or a quotation, it reports
  ['en', 'The police responded with tear gas. A minority of protesters have responded with unacceptable violence. The ministry responded with a statement saying it would act. The company responded with “deep regret”. Johnson answered with a single word: no.', ['The ministry', 'The company', 'Johnson']],
  ['fr', 'La police a répondu par des tirs de gaz lacrymogène. Le ministère a répondu par un communiqué que la loi serait appliquée.', ['Le ministère']],
  // a naming verb reports with a quotation after its object, not a thing's name nor a call
  ['en', 'The mayor called the shooting “senseless.” The mayor called the police. It is one in a class of sets called the “Master Builder Series”.', ['The mayor']],
  ['ru', 'Министр назвал решение «ошибкой».', ['Министр']],
  ['en', 'JP Morgan had called the Supreme Court decision a landmark judgment. The mayor called the police a day later. She called a meeting.', ['JP Morgan']],
  // a second verb inside a parenthesis has the parenthesis's subject, not the sentence's
  ['en', 'GateHouse laid off 60 employees (the company would not disclose the number but called it “immaterial”), according to Poynter.', ['Poynter']],
  // a postposition takes the phrase before it; a phrase opened by a prepositional cue is no verb's subject
  ['de', 'Dem Statistischen Landesamt zufolge stieg die Zahl. Laut Polizei bitten die Täter meist um Geld.', ['Dem Statistischen Landesamt', 'Polizei']],
  ['de', 'Nach Überzeugung des Gerichts handelten die Angeklagten gemeinsam.', ['des Gerichts']],
  // ", so der Minister.": a closing cue after a comma or quotation, its name ending the sentence; not the adverb
  ['de', '„Das ist ein Erfolg“, so der Minister. Es war so kalt, dass alle froren. Die Lage sei ernst, so ein Sprecher der Polizei.', ['der Minister', 'ein Sprecher der Polizei']],
  ['de', 'Die Zahl der Fälle steigt, heißt es in dem Bericht. Der Verteidiger plädierte auf Freispruch.', ['dem Bericht', 'Der Verteidiger']],
  ['fr', 'La situation est grave, a-t-on appris auprès de la préfecture. Le parquet a requis cinq ans de prison.', ['la préfecture', 'Le parquet']],
  // "as the study showed", "in the version of the investigation", impersonal advice from an institution
  ['uk', 'Як показало дослідження, гіпертонія поширена. За версією слідства, посадовець вимагав хабар. У МОЗ радять вимірювати тиск.', ['дослідження', 'слідства', 'МОЗ']],
  ['ru', 'Как показало исследование, риск растет. В ведомстве рекомендуют сделать прививку.', ['исследование', 'ведомстве']],
  // professions as source nouns
  ['ru', 'По словам врачей, пик придется на декабрь.', ['врачей']],
  ['uk', 'За словами лікарів, пік припаде на грудень. Посадовець заперечив свою провину.', ['лікарів', 'Посадовець']],
  ['fr', 'D’après les auteurs, les écrans retardent l’endormissement.', ['les auteurs']],
  ['en', 'Epidemiologists warn that cases will rise.', ['Epidemiologists']],
  // other persons and tenses of the verbs listed, in German and French
  ['de', 'Die Forscher betonten, dass das Risiko steigt. Das Ministerium erläuterte, die Preise sänken. Experten warnten vor einem Anstieg.', ['Die Forscher', 'Das Ministerium', 'Experten']],
  ['fr', 'Les chercheurs notent que le sommeil recule. La Banque de France a constaté un recul. Les agriculteurs expliquent que la sécheresse dure.', ['Les chercheurs', 'La Banque de France', 'Les agriculteurs']],
  ['fr', 'La critique du projet est vive. Une note interne circule.', []],
  // other languages
  ['de', 'Das teilte der Verbund am Donnerstag mit. Laut DB-Sprecherin Anja Roth dauert es länger.', ['der Verbund', { text: 'DB-Sprecherin Anja Roth', cue: 'Laut' }]],
  ['de', 'Die Fernwasserversorgung Franken (FWF), die 400.000 Menschen beliefert, hatte ihre Kunden zum Sparen aufgerufen.', ['Die Fernwasserversorgung Franken (FWF)']],
  ['de', 'Nach einem Bericht des Deutschen Wetterdienstes (DWD) fielen nur 231 Liter. Bereits im Mai hatte der Verband davor gewarnt.', ['einem Bericht des Deutschen Wetterdienstes (DWD)', 'der Verband']],
  ['de', 'Nach dem Spiel fuhren alle heim.', []],
  // where the verb comes second, a fronted phrase is followed by the verb: no subject after its comma
  ['de', 'Über das Portal können Nutzer auf ihre Akte zugreifen, Zugriffsfreigaben managen und sehen wer die Daten verwendet hat.', []],
  // the object of a preposition is no verb's subject, and no name follows a preposition after a verb
  ['de', 'Der Patient entscheidet, welche Informationen er mit Ärzten und Gesundheitseinrichtungen teilt.', []],
  ['de', 'Die eEPA sieht abseits von der Datenfreigabe keine Einsicht durch den Patienten vor.', []],
  ['de', '„Das hat sich geändert“, sagte VRN-Geschäftsführer Markus Feldhaus bei der Vorstellung.', [{ text: 'VRN-Geschäftsführer Markus Feldhaus', kind: 'quote' }]],
  ['fr', '« C’est une bonne nouvelle », a déclaré le ministre de l’Économie, Julien Morel, sur France Inter.', [{ text: 'le ministre de l’Économie, Julien Morel', kind: 'quote' }]],
  ['fr', 'L’inflation a ralenti, selon une estimation publiée mardi par l’Insee.', ['l’Insee']],
  ['uk', 'Про це 16 вересня заявив міністр енергетики Олександр Коваленко. За даними Міністерства енергетики, ударів було понад 1200.', ['міністр енергетики Олександр Коваленко', 'Міністерства енергетики']],
  ['uk', 'Джерела в уряді повідомили, що рішення ухвалять.', ['Джерела в уряді']],
  // an occasion between the name and its verb ("в интервью ТАСС", "під час брифінгу", "in a tweet")
  ['ru', 'Глава Роспотребнадзора Анна Попова в интервью ТАСС заявила, что риск низкий.', ['Глава Роспотребнадзора Анна Попова']],
  ['uk', 'Голова НБУ Андрій Пишний під час брифінгу зазначив, що ставка залишиться.', ['Голова НБУ Андрій Пишний']],
  ['en', 'Trump in a tweet Sunday said the deal was done.', ['Trump']],
  // a quoted outlet right after an inverted verb, then the speaker
  ['ru', 'Как пояснили «Известиям» в пресс-службе ведомства, проверка продолжается.', ['пресс-службе ведомства']],
  // a role ending in a capitalised word, then the name set off by commas
  ['fr', 'Le ministre de l’Économie, Julien Morel, a déclaré que la croissance ralentit.', ['Le ministre de l’Économie, Julien Morel']],
  ['en', 'Sweden’s Minister for Trade, Anna Berg, said prices rose.', ['Sweden’s Minister for Trade, Anna Berg']],
  // every gender and number of a verb: an institution is often neuter ("ведомство сообщило")
  ['ru', 'Министерство сообщило, что цены выросли. Эксперты подтвердили выводы. МВД уточнило, что задержаны трое.', ['Министерство', 'Эксперты', 'МВД']],
  ['uk', 'Відомство підтвердило ці дані. Аналітики пояснюють зростання попитом. Управління зазначило, що затримано трьох.', ['Відомство', 'Аналітики', 'Управління']],
  ['ru', 'Как сообщается на сайте ведомства, прием продлится до мая.', ['сайте ведомства']],
  ['ru', 'По словам экономиста Марии Беловой, расходы сократятся. Аналитики считают, что доходы вырастут.', ['экономиста Марии Беловой', 'Аналитики']],
  ['ru', '«Бюджет сбалансирован», — сказал журналистам замминистра финансов Алексей Громов.', [{ text: 'замминистра финансов Алексей Громов', kind: 'quote' }]],
  // a capitalised auxiliary that opens a name, mixed quotation marks, commas inside names and labels
  ['en', '“Five swiped away,” said Will Tjernlund, a consultant for Amazon sellers.', [{ text: 'Will Tjernlund', kind: 'quote' }]],
  ['en', '“The end of the year is popular," Jessica Caldwell said in a statement. "Shoppers can wait."', [{ text: 'Jessica Caldwell', kind: 'quote' }]],
  ['en', '"And I asked, well, on whose authority?” said Hill, who will testify Thursday. "And he said no."', [{ text: 'Hill', kind: 'quote' }]],
  ['en', '“It is not strong enough,” Sweden’s deputy director of public prosecutions, Eva-Marie Persson, said on Tuesday.', ['Sweden’s deputy director of public prosecutions, Eva-Marie Persson']],
  ['en', 'Sen. Ted Cruz, R-Texas, said Epstein’s death is a symptom of deep problems.', ['Sen. Ted Cruz']],
  ['en', 'Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: “Alarm management is a focus.”', ['Steve Menet']],
  ['en', 'Home Depot (ticker: HD) reported $2.5 billion in profit. Prison union representatives have long warned that staff are short.', ['Home Depot (ticker: HD)', 'Prison union representatives']],
  // a clause opened by an as-word, its verb last
  ['de', 'Die Pegel lagen unter dem Mittel, wie das Bayerische Landesamt für Umwelt (LfU) am Mittwoch mitteilte.', ['das Bayerische Landesamt für Umwelt (LfU)']],
  ['de', 'Betroffen sind die Werke in Heilbronn, wie das Unternehmen am Donnerstag bei der Vorlage seiner Zahlen mitteilte.', ['das Unternehmen']],
  ['de', 'Die Preise stiegen so stark wie nie.', []],
  // an adverb of frequency between a name and its verb is no part of the name
  ['en', 'The Wikileaks founder always argued that his fear of extradition was why he fled. Officials often say the same.', ['The Wikileaks founder', 'Officials']],
  ['de', 'Der Minister hat immer betont, dass die Lage ernst sei.', ['Der Minister']],
  ['fr', 'Le ministre a toujours affirmé que la situation était grave.', ['Le ministre']],
  ['ru', 'Министр всегда заявлял, что ситуация серьёзная.', ['Министр']],
  ['uk', 'Міністр завжди заявляв, що ситуація серйозна.', ['Міністр']],
  // a determiner that joins a name to its head, a noun with an adverb's ending
  ['fr', 'Le ministère de l’Intérieur a indiqué mardi que trois personnes avaient été arrêtées.', ['Le ministère de l’Intérieur']],
  ['fr', 'La Banque de France a indiqué que la croissance ralentit. Le porte-parole du gouvernement a affirmé que tout allait bien.', ['La Banque de France', 'Le porte-parole du gouvernement']],
  // a document's topic after its preposition (lexicon topicPreps) is part of the document's name, and
  // a verb that is also a noun ("shows") after the topic is the document's verb; a time is no topic
  ['en', 'And existing research into hibernation shows it gives enhanced radiation protection.', ['existing research into hibernation']],
  // a participle phrase describing the document between it and its verb: the verb is no noun ("the TV shows")
  ['en', 'A study published last year shows that decisions come early. Research conducted in both monkeys and humans shows that many decisions take place early.', ['A study', 'Research']],
  ['en', 'The TV shows were popular. The movies released last year show a trend.', []],
  ['en', 'A study on the effects of sleep found that screens harm children.', ['A study on the effects of sleep']],
  ['en', 'The report on Monday said prices rose.', ['The report']],
  ['de', 'Eine Studie über Grundwasser zeigt, dass die Pegel sinken.', ['Eine Studie über Grundwasser']],
  ['fr', 'Une étude sur le sommeil montre que les écrans nuisent.', ['Une étude sur le sommeil']],
  // a sentence opening with a source noun and its relative clause, then a name set off by commas
  // before the verb: the name is the subject; no source noun (a place) or no name: nothing new
  ['en', 'The company that runs the AMAs, Dick Clark Productions, denies that anything has been sorted.', ['Dick Clark Productions']],
  ['en', 'The group that owns most of her music, Big Machine, says she will be allowed to play.', ['Big Machine']],
  ['fr', 'La société qui organise les AMA, Dick Clark Productions, dément qu’un accord ait été trouvé.', ['Dick Clark Productions']],
  ['en', 'In the town that hosts the fair, Springfield, officials said it was over.', ['officials']],
  // a document verb reports with a plan as its object too (lexicon plannedNouns); other objects are acts
  ['en', 'The government has unveiled a plan to help the PV industry.', ['The government']],
  ['en', 'Scientists on Monday unveiled the first global geological map of Titan.', ['Scientists']],
  ['en', 'Steve Jobs unveiled many products. The company unveiled a plan by McKinsey.', []],
  ['de', 'Die Regierung veröffentlichte einen Plan, um die Kosten zu senken.', ['Die Regierung']],
  ['fr', 'Le gouvernement a présenté un plan pour réduire les coûts.', ['Le gouvernement']],
  ['ru', 'Министерство представило стратегию развития энергетики.', ['Министерство']],
  // a comma in an institution's list of fields is inside its name; a list of people is not one
  ['en', 'South Korea’s Ministry of Trade, Industry and Energy (MOTIE) has unveiled a plan to help.', ['South Korea’s Ministry of Trade, Industry and Energy (MOTIE)']],
  ['de', 'Das Bundesministerium für Wirtschaft, Klimaschutz und Energie teilte mit, dass die Preise sinken.', ['Das Bundesministerium für Wirtschaft, Klimaschutz und Energie']],
  ['en', 'Smith, Jones and Brown said it was over.', ['Jones and Brown']],
  // a time between a subject and a verb that is also a noun ("claims") leaves it a verb; a time alone is no subject
  ['en', 'The Wrap’s report today claims that Pine will be back.', ['The Wrap’s report']],
  ['en', 'The report this week claims that Pine will be back.', ['The report']],
  ['en', 'Every year claims thousands of lives.', []],
  // the object of a causative verb speaks before a content clause without its clause word too
  // (a personal pronoun and an auxiliary); an object without a clause does not
  ['en', 'Its cutback on orders led the French manufacturer to announce it would scrap its production.', ['the French manufacturer']],
  ['en', 'The video prompted some Twitter users to argue it was fake.', ['some Twitter users']],
  ['en', 'The rules allowed the company to claim the prize.', []],
  // verbs of showing and finding report for a document in uk/ru as in en/de/fr ("The study showed"); else only before a clause
  ['uk', 'Дослідження показало, що тиск зростає. Дані свідчать, що ціни ростуть.', ['Дослідження', 'Дані']],
  ['ru', 'Исследование показало, что давление растет. Опрос показал, что цены растут.', ['Исследование', 'Опрос']],
  ['uk', 'Він показав фільм.', []],
  ['ru', 'Он показал фильм.', []],
  // a name set off after an article and common nouns that name no source ("Une revue spécialisée, …,")
  ['fr', 'Une revue spécialisée, Flight Global, a rapporté que la commande était réduite.', ['Flight Global']],
  ['en', 'The next day, Smith, who was tired, said it was over.', ['Smith']],
  // a capitalised noun of time after a capitalised word ends a name ("Aviation Week"); a weekday after a name stays a time
  ['en', 'A trade journal, Aviation Week, reported that the order was cut.', ['A trade journal, Aviation Week']],
  ['en', 'Aviation Week reported that the order was cut.', ['Aviation Week']],
  ['en', 'Next week the company said it will close. Last Week Smith said it would close.', ['the company']],
  // a personal pronoun right before the verb (adverbs aside) is its subject, also when capitalised: never a longer phrase
  ['en', 'That’s why I always say: “an open face is best.”', []],
  ['en', 'The IT department said the system is down.', ['The IT department']],
  ['en', 'Sources tell CNN the deal is off. He wants to tell the story.', ['Sources']],
  // the number of people a document studied is part of its name, after "in" too
  ['en', 'Another study in 38 people found that regular meals helped. One small study in 50 people with BED showed gains. A study in 2,000 adults found that most agreed.', ['Another study in 38 people', 'One small study in 50 people with BED', 'A study in 2,000 adults']],
  // audit21: a second preposition inside the sample or topic, an approximator before the sample's size and a duration's
  // adjective before the document are part of it; a duration before another noun is not ("the 10-year Treasury note")
  ['en', 'Another study in 125 women with obesity found that support helped. One study in over 40,000 adults showed that planning helped. One 6-month study in 77 people showed that exercise helped. A survey of more than 1,000 adults found that most agreed.', ['Another study in 125 women with obesity', 'One study in over 40,000 adults', 'One 6-month study in 77 people', 'A survey of more than 1,000 adults']],
  ['en', 'Meanwhile the yield on the 10-year Treasury note has risen by half a point.', []],
  // "eyewitness" is a source noun, like "witness" (lexicon sourceNouns)
  ['en', 'According to eyewitness accounts corroborated by video footage, snipers fired into crowds.', ['eyewitness accounts']],
  ['en', 'According to eyewitnesses, troops fired.', ['eyewitnesses']],
  // idioms of protest, comment and warning are verbs of saying ("cried foul", "pointed it out", "chimed in"); "weighed in at" is a weight
  ['en', 'A whole lot of people on Twitter pointed it out.', ['A whole lot of people on Twitter']],
  ['en', 'Bergeron chimed in, noting that the offer was a lovely gesture.', ['Bergeron']],
  ['en', 'Economists sounded the alarm over rising debt.', ['Economists']],
  ['en', 'The champion weighed in at 200 pounds.', []],
  // "that" as the subject of a relative clause between a source noun and its verb ("Organizations that seek … cried foul");
  // with a pronoun after it, "that" opens an object clause ("the report that she wrote")
  ['en', 'Organizations that seek to combat political misinformation cried foul.', ['Organizations that seek to combat political misinformation']],
  ['en', 'Groups that track hate crimes say attacks rose.', ['Groups that track hate crimes']],
  ['en', 'It was a report that she wrote in 2010.', []],
  // batch 9: a passive's agent after its complement or a time; a passive cue's own agent too
  ['en', 'The recent spate of mass strandings has been described as “heartbreaking” by the conservation department.', ['the conservation department']],
  ['en', 'The plan was described as a failure by critics.', ['critics']],
  ['en', 'Local people reported a flash, the Tuva government was quoted as saying late Thursday by the Interfax news agency.', ['Local people', 'the Tuva government', 'the Interfax news agency']],
  ['en', 'The museum was attacked on Wednesday by gunmen.', []],
  // stances stated with a clause (with or without "that"); with a preposition they report nothing
  ['en', 'The Press Council is concerned the laws would crush investigative journalism.', ['The Press Council']],
  ['en', 'The media union is adamant journalists’ metadata must be exempted from the law.', ['The media union']],
  ['en', 'The ministry is concerned about the cost. She is confident in her team.', []],
  ['en', 'Officials divulged Thursday that the government had allowed two visits. But indigenous elders say they are not heard.', ['Officials', 'indigenous elders']],
  // a negative determiner names no one; a capitalised word after it makes a name
  ['en', 'Although no group claimed responsibility, the bloodshed raised fears.', []],
  ['en', 'The centrist group No Labels said the plan was sound.', ['The centrist group No Labels']],
  // French verbs that report only with their clause (an adverb or an elided "qu’" before it)
  ['fr', 'La CNIL soulève notamment que l’anonymat de ces données est très relatif. Le gouvernement considère qu’il s’agit d’une manière efficace.', ['La CNIL', 'Le gouvernement']],
  ['fr', 'Des formulations larges inquiètent les opposants au texte qui craignent qu’elles puissent permettre de surveiller.', ['les opposants au texte']],
  ['fr', 'Le texte soulève une question. Il considère le texte comme dangereux.', []],
  // a time between an inverted verb and its subject
  ['fr', 'Un troisième Français a été tué, a déclaré jeudi le ministre des Affaires étrangères.', ['le ministre des Affaires étrangères']],
  ['fr', '« C’est grave », a affirmé mardi soir Laurent Fabius.', ['Laurent Fabius']],
  // batch 10: before an infinitive marker and a bare word an ambiguous verb goes on or adds, it says nothing; said to an audience it reports
  ['en', 'Fetter, for her part, continued to program at Florida State. The tariff, in turn, added to costs.', []],
  ['en', '“It is fine,” Smith added to reporters.', ['Smith']],
  // batch 10: verbs of remembering report only with their clause, also after a comma (lexicon clauseOnlyVerbs)
  ['en', 'A colleague of Rothman’s then remembered that a graduate student had studied at MIT. Police remembered the fallen officers.', ['A colleague of Rothman’s']],
  ['de', 'Der Minister erinnerte sich, dass das Gesetz beschlossen wurde. Der Sprecher erinnerte sich an die Opfer.', ['Der Minister']],
  ['fr', 'Le ministre se souvient que la loi a été votée. Le maire se souvient de la guerre.', ['Le ministre']],
  ['ru', 'Министр вспомнил, что закон был принят. Губернатор вспомнил о погибших.', ['Министр']],
  ['uk', 'Міністр пригадав, що закон ухвалили. Губернатор згадав загиблих.', ['Міністр']],
  // batch 10: a document's words quoted after "reads", "lautet", "гласит" (lexicon docSubjectVerbs); a sign or a person who reads reports nothing
  ['en', 'The tweet from Vulture magazine reads, “Show interrupted.” The statement read: “We are sorry.”', ['The tweet from Vulture magazine', 'The statement']],
  ['en', 'The sign read: “Closed.” Smith read the statement aloud. The report read like a novel.', []],
  ['de', 'Die Erklärung des Ministeriums lautet: „Wir bedauern das.“ Der Name lautet: „Müller“.', ['Die Erklärung des Ministeriums']],
  ['ru', 'Заявление министерства гласит: «Мы сожалеем». Пословица гласит: «Тише едешь».', ['Заявление министерства']],
  ['uk', 'Заява міністерства гласить: «Ми шкодуємо». Прислів’я гласить: «Тихше їдеш».', ['Заява міністерства']],  // "a say", "some say", "the final say": after an article or a quantifier the cue is a noun, and a phrase never ends
  // on one ("Voters want a", "friends wanted some" were listed); a subject before the verb still is one
  // a document noun right before the name: the verb is a clause about the document ("the letter Mike | wrote was kind")
  ['en', 'Martha added that the letter Mike wrote was “kind and loving.” The novelist Jo Walton explained it.', ['Martha', 'The novelist Jo Walton']],
  ['en', 'Voters want a say in the matter, and the unions have the final say on pay. Her friends wanted some say in it. The ministry said no.', ['The ministry']],
  ['en', 'Matthesen and Ford\'s friends wanted some say in it. The ministry said no.', ['The ministry']],
  // a quantifier after a coordinator or another quantifier is the phrase's head, not "some | say"
  ['en', 'Human rights groups and others said the law was unfair.', ['Human rights groups and others']],
  ['en', 'Residents and many others say the road is unsafe.', ['Residents and many others']],
  ['en', 'The mayor and several others said the vote was fair.', ['The mayor and several others']],
  // session 18: a name longer than the walk back keeps its title's abbreviation whole, never a bare "." first
  ['en', 'Dr. Ada Brown of the Ohio Department of Health and Human Services says the risk remains.', ['Dr. Ada Brown of the Ohio Department of Health and Human Services']],
  ['en', 'The storm passed. Dr. Ada Brown of the Ohio Department of Health and Human Services warned that floods may follow.', ['Dr. Ada Brown of the Ohio Department of Health and Human Services']],
  // … a subject pronoun after the person told opens the clause told: its infinitive is no instruction
  ['en', 'Lee told lawmakers he tried to stop the sale. The mayor told residents they needed to boil water. Lee told staff to leave early.', ['Lee', 'The mayor']],
  // … institutions named by their common noun ("The embassy said"), as whole words
  ['en', 'The embassy said the visas were valid. The club confirmed the transfer. The county said roads were closed. The party said it would appeal.', ['The embassy', 'The club', 'The county', 'The party']],
  ['en', 'The charity warned that donations fell. The coast guard said two sailors were rescued.', ['The charity', 'The coast guard']],
  // … a subject with its relative clause, the clause ending on a source noun of its own: the whole subject, not the clause's object
  ['en', 'An aide who could not be named because of agency rules said the talks stalled.', ['An aide who could not be named because of agency rules']],
  ['en', 'The firm that sells software to hospitals said the breach was small. Parents whose children attend the school said the bus was late.', ['The firm that sells software to hospitals', 'Parents whose children attend the school']],
  // (an object relative keeps its own subject: "which analysts said")
  ['en', 'The merger which analysts said was risky went ahead.', ['analysts']],
  // … a source and the people of its own, one subject
  ['en', 'The mayor and her staff believe the plan works. Okafor and his family say the land is theirs.', ['The mayor and her staff', 'Okafor and his family']],
  // a name before "and his …" ends the subject; a sentence's first name word opens it
  ['en', 'In a joint statement Smith and his wife said they were grateful. Jane Smith and her husband said so.', ['Smith and his wife', 'Jane Smith and her husband']],
  // "said to be", "believed to have": a passive of hearsay, no speaker
  ['en', 'The county said to be the poorest in the state received aid. The county said roads were closed.', ['The county']],
  // … a second verb after "and" is no qualifier of a noun before it ("The voters shrug and" was listed)
  ['en', 'The voters shrug and say, “Enough already.”', ['The voters']],
  // … a year between the article and a document's noun is its adjective ("a 2019 study", not "study")
  ['en', 'A 2019 survey found that rents rose. The 2021 census showed that the town shrank.', ['A 2019 survey', 'The 2021 census']],
  ['en', 'According to a 2017 review by the OECD, wages stalled.', ['a 2017 review by the OECD']],
  // … a weak verb before "evidence of/that" is a finding, whoever found it (lexicon evidenceNouns); evidence collected is an act
  ['en', 'A NASA rover found evidence of ancient lakes. Scientists found no evidence that the vaccine harms children. Police found evidence at the scene.', ['A NASA rover', 'Scientists']],
  // … the agent of a passive is never a listener ("welcomed by investors" was read as said to investors)
  ['en', 'The merger was welcomed by investors. The budget was criticised by lawmakers.', ['investors', 'lawmakers']],
  // … groups by their cause, data by who provided it, polling as a document
  ['en', 'Environmentalists warned that the river is dying. Advocates say the law helps.', ['Environmentalists', 'Advocates']],
  ['en', 'Data provided by the ministry show a rise. Polling by Ipsos shows a tie.', ['Data', 'Polling by Ipsos']],
  // … "those" heads a source with its qualifier or relative clause (lexicon qualifiedPronouns), never alone
  ['en', 'Those close to the coach say he will stay. Those who know her said she was calm. Those in favour of the levy argue it is fair.', ['Those close to the coach', 'Those who know her', 'Those in favour of the levy']],
  ['en', 'Those who left the party said they regret nothing.', ['Those who left the party']],
  ['en', 'Those were the days, he said. Those documents show a loss.', ['Those documents']],
  ['fr', 'Ceux proches du ministre affirment qu’il partira.', ['Ceux proches du ministre']],
  ['en', 'Many in Hong Kong fear that to pause is to surrender. Many close to the coach say he will stay.', ['Many in Hong Kong', 'Many close to the coach']],
  // … nouns ending like adverbs ("-ly") are sources when listed: a family, an ally, a document's tally
  ['en', 'The family said the girl was found. Her family said she was safe. A US ally warned that the deal was off. An AP tally shows 40 deaths.', ['The family', 'Her family', 'A US ally', 'An AP tally']],
  ['en', 'The family moved to Ohio. He said his family was safe.', []],
  // verbs of believing in the plural's base form report before their clause, with or without its word; a noun or a
  // preposition after them is none ("a think tank", "feel like", "fear for")
  ['en', 'Many economists now think the recession is over. Some experts fear that the virus will spread.', ['Many economists', 'Some experts']],
  ['en', 'An analyst at the think tank told me so. Residents fear for their lives. Talking to a friend when you feel like binging may help.', []],
  ['de', 'Viele Ökonomen denken, dass die Rezession vorbei ist.', ['Viele Ökonomen']],
  ['fr', 'Les économistes pensent que la récession est terminée. Les experts croient en Dieu.', ['Les économistes']],
  ['uk', 'Економісти побоюються, що рецесія триватиме.', ['Економісти']],
  ['ru', 'Экономисты опасаются, что рецессия продолжится. Экономисты опасаются рецессии.', ['Экономисты']],
  // a verb with other senses ("thinks", "hopes", "found") reports before a clause without its "that" too
  ['en', 'Smith thinks the plan is fine. Police found the car was stolen. They found the car in a ditch.', ['Smith', 'Police']],
  ['en', 'The mother of a woman who took suspected diet pills bought online has described how her daughter was burning up.', ['The mother of a woman who took suspected diet pills bought online']],
  // regret, confession and complaint voiced, in every gender and number
  ['en', 'Gaiman still bemoans that the book was never marketed well.', ['Gaiman']],
  ['de', 'Der Minister bedauerte, dass die Gespräche gescheitert sind. Die Sprecherin gesteht, dass Fehler gemacht wurden.', ['Der Minister', 'Die Sprecherin']],
  ['fr', 'Les élus avouent que le budget est serré.', ['Les élus']],
  ['ru', 'Бывшая супермодель призналась, что боится старости. Жители сетуют, что дороги разбиты.', ['Бывшая супермодель', 'Жители']],
  ['uk', 'Модель зізналася, що боїться старості. Мешканці нарікають, що дороги розбиті.', ['Модель', 'Мешканці']],
  // "still" between a subject and its verb, in every language where it stands there
  ['en', 'Early still says Ubisoft are believers in streaming.', ['Early']],
  ['ru', 'Министр по-прежнему считает, что цены вырастут.', ['Министр']],
  ['uk', 'Міністр досі вважає, що ціни зростуть.', ['Міністр']],
  // an object pronoun and its verb make the phrase after them an embedded clause's subject, no source; not a qualifier's pronoun
  ['en', 'The call made him realize Giuliani and the president still believed Ukraine needed it.', []],
  ['en', 'Those who know him say he is honest.', ['Those who know him']],
  // a verb with other senses after its quotation, with only its setting after it; not before an object
  ['en', '“My partner is John,” Matthesen recalled in an email. “It was fine,” Smith swore in an interview.', ['Matthesen', 'Smith']],
  ['en', 'The firm recalled in a statement 300 cars. Smith recalled in an interview the day he left.', []],
  // a fronted phrase without a comma: its object is no part of the subject
  ['ru', 'В Москве министр заявил, что цены вырастут. В интервью телеканалу глава ведомства сказал, что всё в порядке.', ['министр', 'глава ведомства']],
  ['uk', 'У Києві міністр заявив, що ціни зростуть.', ['міністр']],
  ['en', 'Prior to launch Google promised players would get 4K. In a statement Smith said the plan was fine.', ['Google', 'Smith']],
  // … but before a verb without a subject the fronted phrase is the source
  ['ru', 'В пресс-службе компании сообщили, что цены вырастут.', ['пресс-службе компании']],
  ['uk', 'У Міністерстві фінансів заявили, що ціни зростуть.', ['Міністерстві фінансів']],
  // … but a word before a preposition of place may be the head: the phrase is the subject's qualifier
  ['en', 'Many in Hong Kong fear that to pause is to surrender. Police in Texas said the suspect fled.', ['Many in Hong Kong', 'Police in Texas']],
  // verb gaps: the plural "reveal", proving and sharing with their "that", the plural "state that" (not the noun), the
  // progressive of promising with its "that"
  ['en', 'Preliminary tests by Digital Foundry reveal that the console runs hot.', ['Digital Foundry']],
  ['en', 'Research from Harvard has proved that users click more. The engineer shared that the car is lighter.', ['Research from Harvard', 'The engineer']],
  ['en', 'The group state that the two modes are similar. The state that borders Texas is large.', ['The group']],
  ['en', 'Audi is promising that the car seats five. The drug is promising.', ['Audi']],
  // an auxiliary after the object of "tells" opens the clause told, not an instruction
  ['en', 'Google tells us you should expect to buy the games. She told him to be quiet.', ['Google']],
  // a verb of writing with a work as its object, or repeated, is an act; with a document or a clause it reports
  ['en', 'Before George R.R. Martin wrote A Song of Ice and Fire, the genre was small. She joined the team that wrote the software.', []],
  ['en', 'After that, Ford wrote, and wrote, and wrote. Smith wrote the software used by banks.', []],
  // … but a finite verb after its object opens a clause without "that": a report
  ['en', 'Krugman wrote the economy was heading into recession. The senator wrote the administration should reconsider.', ['Krugman', 'The senator']],
  ['en', 'The CEO wrote the deal will close in March. Musk wrote his followers would be pleased.', ['The CEO', 'Musk']],
  ['en', 'Smith wrote the company’s stock was overvalued. Paul Krugman writes the recession is over.', ['Smith', 'Paul Krugman']],
  ['en', 'Jones wrote a column saying the city was broke.', ['Jones']],
  // sharing and stating with a demonstrative "that" before a bare noun are no reports
  ['en', 'The company shared that data with advertisers. Many voters share that frustration.', []],
  ['en', 'Parents share that concern about schools. Employees share that view, the survey found.', ['the survey']],
  ['en', 'The group shared that 40 people came. Research has proved that Smith lied. The team shared that the plan is ready.', ['The group', 'Research', 'The team']],
  // two roles joined before a name opening the sentence are both its title; a name or a verb before the coordinator is none
  ['en', 'Early retiree and self-made millionaire Grant Sabatier suggests that you save.', ['Early retiree and self-made millionaire Grant Sabatier']],
  // … but not a plural role: a group joined to the titled name
  ['en', 'Trump supporters and former adviser Steve Bannon said the vote was rigged.', ['former adviser Steve Bannon']],
  ['en', 'Friends and former colleague John Smith said he was kind.', ['former colleague John Smith']],
  ['en', 'Smith and chief executive Tom Ridley said that you save. Investors fled and chief executive Tom Ridley said that prices fell.', ['chief executive Tom Ridley', 'chief executive Tom Ridley']],
  ['en', 'Smith wrote a letter to the board saying it failed. Jones wrote in a blog post that it failed. Lee wrote his colleagues that it failed.', ['Smith', 'Jones', 'Lee']],
];

describe('cues', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    const got = sourcesOf(text, lang, ['cues']);
    expect(texts(got)).toEqual(want.map((w) => (typeof w === 'string' ? w : w.text)));
    want.forEach((w, i) => {
      if (typeof w === 'string') return;
      if (w.kind) expect(got[i].kind).toBe(w.kind);
      if (w.cue) expect(got[i].cue?.toLowerCase()).toBe(w.cue.toLowerCase());
    });
  });
});
