// Pass "links": a link on a document is a link source; on a name or its cue it adds an href.
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../../../lib/analyze/context';
import { findSources } from '../../../../lib/analyze/sources';
import { sameOutlet } from '../../../../lib/analyze/sources/links';
import { deepPage } from '../../../../lib/analyze/sources/link-targets';
import { sourcesOf } from '../run-passes';

const link = (text: string, anchor: string, href: string, from = 0) => {
  const start = text.indexOf(anchor, from);
  return { start, end: start + anchor.length, href };
};

// Links to the outlet's own stories are background wherever the page was read from: for a copy (a
// local server, a file) its canonical address names the outlet, and so does its site name.
const OWN_LINKS: Array<[string, string, string, { url?: string; canonicalUrl?: string; siteName?: string }, string[]]> = [
  ['Experts say you should take inventory of their finances first.', 'take inventory of their finances', 'https://www.businessinsider.com/first-step-early-retirement', { url: 'http://127.0.0.1:8000/a.html', canonicalUrl: 'https://www.businessinsider.de/how-to-retire' }, []],
  ['Students were besieged by police on Monday.', 'besieged by police', 'https://www.theguardian.com/world/2019/nov/18/hong-kong', { url: 'file:///tmp/page.html', siteName: 'the Guardian' }, []],
  ['Officials said Huawei got a muddled view of the rules.', 'muddled view', 'https://money.cnn.com/2019/11/18/tech/huawei/index.html', { url: 'http://127.0.0.1:8000/a.html', canonicalUrl: 'https://www.cnn.com/2019/11/18/investing/x' }, []],
  // a syndicated page at its own address keeps its site: the first publisher's stories are another outlet's
  ['Groups have warned for months that migrant children face more serious health risks with the extended incarcerations in federal facilities across the country, doctors said.', 'face more serious health risks with the extended incarcerations', 'https://www.nbcnews.com/news/latino/migrant-children-face-more-serious-health-risks-n1045031', { url: 'https://www.msn.com/en-us/news/us/x', canonicalUrl: 'https://www.nbcnews.com/news/y', siteName: 'NBC News' }, ['face more serious health risks with the extended incarcerations']],
  // another outlet's story on the words it backs stays a source
  ['Officials said Huawei got a muddled view of the rules.', 'muddled view', 'https://www.nytimes.com/2019/11/18/tech/huawei.html', { url: 'http://127.0.0.1:8000/a.html', canonicalUrl: 'https://www.cnn.com/2019/11/18/investing/x', siteName: 'CNN' }, ['muddled view']],
  // a paid placement, an affiliate's parameters and a click-tracking redirect are offers
  ['A good planner (SmartAsset’s free tool can help find one) can help you crunch the numbers.', 'SmartAsset’s free tool can help find one', 'https://smartasset.com/retirement/find-a-financial-planner?utm_source=businessinsider&utm_medium=cpc', { url: 'https://www.businessinsider.com/x' }, []],
  ['You can also sign up for a free 7-day trial of the service, which costs $10 a month.', 'free 7-day trial', 'https://r.zdbb.net/u/bcnx', { url: 'https://www.ign.com/x' }, []],
  ['Sales reached 5 million units last year, the report found.', 'reached 5 million units', 'https://shop.statistics.test/report?aff_id=123', { url: 'https://paper.test/x' }, []],
  ['Sales reached 5 million units last year, the report found.', 'reached 5 million units', 'https://data.statistics.test/report?utm_medium=email', { url: 'https://paper.test/x' }, ['reached 5 million units']],
  // batch 10: an item of a menu of links set off by bars backs no claim, even on a document noun
  ['A Battle Against Winter. Order Reprints | Today’s Paper | Subscribe', 'Today’s Paper', 'https://www.paper.test/pages/todayspaper/index.html', { url: 'https://paper.test/x' }, []],
  // batch 11: a document noun opening a compound is no document ("video creation tool" is a tool): an own-site link on it is background;
  // a document noun before its author still heads the phrase
  ['Sign-ups of its online screen recording and video creation tool rose since March.', 'video creation tool', 'https://www.paper.test/articles/five-tools', { url: 'https://www.paper.test/news/x' }, []],
  ['Prices rose, as a report by the IMF shows.', 'report by the IMF', 'https://www.paper.test/2019/imf-report', { url: 'https://www.paper.test/news/x' }, ['report by the IMF']],
  // a share in the linked words makes them a claim, not a name: another site's data backs it ("59% PHP and 27% JavaScript")
  ['WordPress’ code base is currently 59% PHP and 27% JavaScript.', '59% PHP and 27% JavaScript', 'https://www.openhub.net/p/wordpress/analyses/latest/languages_summary', { url: 'https://www.paper.test/news/x' }, ['59% PHP and 27% JavaScript']],
  ['The team won the title with Jane Doe.', 'Jane Doe', 'https://www.other.test/people/jane-doe', { url: 'https://www.paper.test/news/x' }, []],
  ['Prices rose, according to a new report.', 'report', 'https://data.statistics.test/report', { url: 'https://paper.test/x' }, ['report']],
  // a link on a story's noun cites another outlet's story; on the outlet's own story it is background
  ['Banzi broke his silence about the dispute in a story published at MAKEzine.', 'story', 'http://makezine.com/2015/03/19/massimo-banzi-fighting-for-arduino', { url: 'https://lwn.net/Articles/637062/' }, ['story']],
  ['Banzi broke his silence about the dispute in a story published last week.', 'story', 'https://lwn.net/Articles/636000/', { url: 'https://lwn.net/Articles/637062/' }, []],
  // a word that names a story only sometimes ("feature", "piece") is a product's thing on a support or shop page
  ['The phone has a new feature that blocks spam calls.', 'feature', 'https://support.apple.com/en-us/HT201234', { url: 'https://news.example/2024/05/phones' }, []],  // an outlet's name in brackets, linked to one of its stories, cites the passage before it (a roundup of reviews);
  // a bracketed name linked to a home page or a profile, and a bare linked name, cite nothing
  ['It works, but there is not much incentive to buy in.\n\n[CNET]', 'CNET', 'https://www.cnet.com/reviews/google-stadia-review/', { url: 'https://digg.test/x' }, ['CNET']],
  ['You will never own your games.\n\n[The Verge]', 'The Verge', 'https://www.theverge.com/2019/11/18/stadia-review', { url: 'https://digg.test/x' }, ['The Verge']],
  ['Les jeux sont chers (Le Monde).', 'Le Monde', 'https://www.lemonde.fr/pixels/article/2019/11/19/stadia.html', { url: 'https://digg.test/x' }, ['Le Monde']],
  // the anchor took in the bracket that closes it ("[<a>CNBC]</a>"): the citation all the same, without the bracket
  ['It is bad news in a multiplayer game.\n\n[CNBC]', 'CNBC]', 'https://www.cnbc.com/2019/11/18/google-stadia-review.html', { url: 'https://digg.test/x' }, ['CNBC']],
  ['You will never own your games.\n\n[CNET]', 'CNET', 'https://www.cnet.com/', { url: 'https://digg.test/x' }, []],
  ['You will never own the games you buy on CNET either.', 'CNET', 'https://www.cnet.com/reviews/google-stadia-review/', { url: 'https://digg.test/x' }, []],
];

describe('links: the outlet’s own and paid links', () => {
  it.each(OWN_LINKS)('%s → %s', (text, anchor, href, opts, want) => {
    expect(findSources(makeContext(text, { lang: 'en', links: [link(text, anchor, href)], ...opts }), ['links']).map((s) => s.text)).toEqual(want);
  });
});

describe('links', () => {
  it('turns a link on a document into a link source named by its sentence’s source', () => {
    const text = 'The ministry said in a statement that exports rose.';
    const got = sourcesOf(text, 'en', ['cues', 'links', 'names'], [link(text, 'statement', 'https://gov.example/s')]);
    expect(got.map((s) => [s.text, s.kind, s.name, s.href ?? null])).toEqual([
      ['The ministry', 'attribution', 'ministry', null],
      ['statement', 'link', 'ministry', 'https://gov.example/s'],
    ]);
  });

  it('makes a link on a reporting adverb a link source, in any language; a link on another adverb is none', () => {
    const en = 'The military in al-Tanf reportedly has been training forces. It quickly left.';
    expect(sourcesOf(en, 'en', ['links'], [link(en, 'reportedly', 'https://example.org/a'), link(en, 'quickly', 'https://example.org/b')]).map((s) => [s.text, s.kind])).toEqual([['reportedly', 'link']]);
    const uk = 'Військові нібито готували сили.';
    expect(sourcesOf(uk, 'uk', ['links'], [link(uk, 'нібито', 'https://example.org/a')]).map((s) => s.text)).toEqual(['нібито']);
  });

  it('adds the href of a link on a name or on its cue to that source', () => {
    const text = 'Officials at Acme Holdings said output fell. Analysts said prices rose.';
    const got = sourcesOf(text, 'en', ['cues', 'links'], [link(text, 'Acme Holdings', 'https://acme.example/'), link(text, 'said', 'https://news.example/', text.indexOf('Analysts'))]);
    expect(got.map((s) => [s.text, s.href])).toEqual([
      ['Acme Holdings', 'https://acme.example/'],
      ['Analysts', 'https://news.example/'],
    ]);
  });

  it('makes "according to a <link>statement</link>" a link source', () => {
    const text = 'Prices rose, according to a statement.';
    const got = sourcesOf(text, 'en', ['cues', 'links'], [link(text, 'statement', 'https://x.example/')]);
    expect(got.map((s) => [s.text, s.kind])).toEqual([['statement', 'link']]);
  });

  it('makes no source of a shop’s or affiliate’s link, nor of a link to a site’s home page', () => {
    const text = 'Reviewers found the keyboard sturdier. At B&H, shoppers can save $100 on it, and attendees of the Money 20/20 conference said fees rose.';
    const links = [link(text, 'found the keyboard sturdier', 'https://www.example.org/review/keyboard'), link(text, 'save $100', 'https://bhpho.to/378U936'), link(text, 'Money 20/20 conference', 'https://www.money2020.com/')];
    const got = findSources(makeContext(text, { lang: 'en', links, url: 'https://appleinsider.com/articles/x' }), ['links']);
    expect(got.map((s) => s.text)).toEqual(['found the keyboard sturdier']);
    // a shop's product page
    const tv = 'It works with the lowest priced compatible Samsung TV, reviewers said.';
    const tvLinks = [link(tv, 'lowest priced compatible Samsung TV', 'https://www.amazon.com/Samsung-Electronics-Smart-LED-UN43NU6900FXZA/dp/B07F1T4JFB/ref=sr_1')];
    expect(findSources(makeContext(tv, { lang: 'en', links: tvLinks, url: 'https://9to5mac.com/x' }), ['links'])).toEqual([]);
    // a book's title in quotes is a publication cited, wherever it is sold
    const book = 'In his book "Financial Freedom: A Proven Path to All the Money You Will Ever Need," Sabatier shares the formula he used.';
    const title = 'Financial Freedom: A Proven Path to All the Money You Will Ever Need';
    const bookLinks = [link(book, title, 'https://www.amazon.com/Financial-Freedom-Proven-Path-Money/dp/0525540881?tag=x-20')];
    expect(findSources(makeContext(book, { lang: 'en', links: bookLinks, url: 'https://www.businessinsider.com/x' }), ['links']).map((s) => s.text)).toEqual([title]);
  });

  // audit21: a short-link service hides an offer's target; a shop's path, an Amazon search or associate's tag is an offer;
  // a name in capitals spelling the linked site is its owner's name, not a document, though it opens with "Evidence"
  it('makes no source of a link through a short-link service, to a shop’s pages, or on the linked site’s name', () => {
    const run = (text: string, anchor: string, href: string) => findSources(makeContext(text, { lang: 'en', links: [link(text, anchor, href)], url: 'https://www.gadgets.test/2019/11/gift-guide' }), ['links']).map((s) => s.text);
    const cable = 'It pairs perfectly with the black braided USB-C charging cable, available in four lengths.';
    expect(run(cable, 'black braided USB-C charging cable', 'https://bit.ly/33WLrTC')).toEqual([]);
    expect(run(cable, 'black braided USB-C charging cable', 'https://www.cables.test/products/braided')).toEqual(['black braided USB-C charging cable']);
    expect(run('Get started with the Mindful Plan here.', 'the Mindful Plan here.', 'https://www.plans.test/shop/us/mindful?ICID=BLOG')).toEqual([]);
    expect(run('You will need some mason jars (I prefer 8-ounce jelly jars) and a ladle.', '8-ounce jelly jars', 'https://www.amazon.com/gp/search/ref=x?keywords=jars&tag=blog-20')).toEqual([]);
    const grant = 'This grant will fund Evidence Action Beta to create an incubator for new programs.';
    expect(run(grant, 'Evidence Action Beta', 'https://www.evidenceaction.org/evidence-action-beta/')).toEqual([]);
    const report = 'The program follows the Evidence Review of the agency on nutrition.';
    expect(run(report, 'Evidence Review', 'https://www.nutrition-agency.test/reviews/2019')).toEqual(['Evidence Review']);
    expect(run('Image via Getty Images', 'Getty Images', 'https://www.gettyimages.com/detail/news-photo/ambassador-returns-news-photo/1187879953')).toEqual(['Getty Images']);
  });

  it('keeps a link to a site’s home page on the words of a claim, and a quoted title behind a shop’s short link', () => {
    const run = (text: string, anchor: string, href: string) => findSources(makeContext(text, { lang: 'en', links: [link(text, anchor, href)], url: 'https://www.example-news.com/2024/05/story' }), ['links']).map((s) => s.text);
    expect(run('More than 6 million people have died of Covid-19, the agency said.', 'have died of Covid-19', 'https://covid19.who.int/')).toEqual(['have died of Covid-19']);
    expect(run('Inflation hit a 40-year high of 9.1% in June.', 'hit a 40-year high of 9.1%', 'https://www.bls.gov/')).toEqual(['hit a 40-year high of 9.1%']);
    expect(run('Readers of The Guardian said fees rose.', 'The Guardian', 'https://www.theguardian.com/')).toEqual([]);
    const book = 'In his book "Financial Freedom", Sabatier argues that saving is key.';
    // (with the cue passes, which accept the sentence's cue "argues that")
    const book_ = findSources(makeContext(book, { lang: 'en', links: [link(book, '"Financial Freedom"', 'https://amzn.to/3xYz')], url: 'https://www.example-news.com/2024/05/story' }));
    expect(book_.map((s) => s.text)).toContain('"Financial Freedom"');
    expect(run('Shoppers can save $100 on the keyboard today.', 'save $100', 'https://geni.us/xyz')).toEqual([]);
  });

  // batch 9: an app store's page of an app sells it, like a shop's product page; the vendor's own page may back a claim
  it.each([
    ['https://itunes.apple.com/de/app/1password-password-manager/id443987910', []],
    ['https://apps.apple.com/us/app/1password/id1333542190', []],
    ['https://play.google.com/store/apps/details?id=com.agilebits.onepassword', []],
    // (the sentence's stop is the sentence's, not the link's)
    ['https://blog.agilebits.com/2015/04/08/1password-5-3-for-mac/', ['AgileBits hat Version 5.3 seines bekannten Passwortmanagers 1Password für OS X freigegeben']],
  ] as Array<[string, string[]]>)('an app store page: %s', (href, want) => {
    const text = 'AgileBits hat Version 5.3 seines bekannten Passwortmanagers 1Password für OS X freigegeben. Mit dem Update wird eine praktische Funktion nachgereicht, die die iOS-Version der Anwendung bereits seit längerem beherrscht: Das direkte Erstellen von Einmal-Passwörtern.';
    const anchor = 'AgileBits hat Version 5.3 seines bekannten Passwortmanagers 1Password für OS X freigegeben.';
    const got = findSources(makeContext(text, { lang: 'de', links: [link(text, anchor, href)], url: 'http://www.heise.de/mac-and-i/meldung/x.html' }), ['links']);
    expect(got.map((s) => s.text)).toEqual(want);
  });

  it('keeps a link on a single noun that names people who can speak', () => {
    const text = 'Earlier this year, researchers linked the gene to autism.';
    const got = findSources(makeContext(text, { lang: 'en', links: [link(text, 'researchers', 'https://www.nature.com/articles/x')], url: 'https://www.example-news.com/s' }), ['links']);
    expect(got.map((s) => s.text)).toEqual(['researchers']);
  });

  it('makes no source of a link on a single noun, a term', () => {
    const text = 'So-called neo-banks, or challenger banks, have been all the rage. Prices rose at big banks last year.';
    const links = [link(text, 'neo-banks', 'https://www.nytimes.com/2018/11/20/technology/neo-banks.html'), link(text, 'rose at big banks', 'https://www.example.org/banks/prices')];
    const got = findSources(makeContext(text, { lang: 'en', links, url: 'https://www.wired.com/story/x' }), ['links']);
    expect(got.map((s) => s.text)).toEqual(['rose at big banks']);
  });

  it('treats links to the site a syndicated article first appeared on as the outlet’s own', () => {
    const body = 'A 2018 analysis found evidence of massive plumes of liquid.';
    const note = '\n\nThis article was originally published by Futurism. Read the original article.';
    const mk = (text: string) => [link(text, 'massive plumes of liquid', 'https://futurism.com/europa-water-plume'), ...(text.includes('Futurism') ? [link(text, 'Futurism', 'https://futurism.com/'), link(text, 'original article', 'https://futurism.com/scientists-confirm')] : [])];
    const run = (text: string) => findSources(makeContext(text, { lang: 'en', links: mk(text), url: 'https://www.sciencealert.com/story' }), ['links']).map((s) => s.text);
    expect(run(body)).toEqual(['massive plumes of liquid']);
    expect(run(body + note)).toEqual([]);
    // a note that names no piece of its own, in the body, cites the site: its later links stay sources
    const cited = 'The findings were originally published in Nature last month.\nA separate study found that coffee drinkers live longer, the authors said.\nAnother team showed sleep loss raises risk by 20%.';
    const citedLinks = [link(cited, 'Nature', 'https://www.nature.com/articles/abc123'), link(cited, 'coffee drinkers live longer', 'https://www.nature.com/articles/def456-long-path-here'), link(cited, 'sleep loss raises risk by 20%', 'https://www.nature.com/articles/ghi789-long-path-here')];
    // (the journal's name linked to its numbered article is the paper cited, as "JAMA Psychiatry" is in the labelling policy)
    expect(findSources(makeContext(cited, { lang: 'en', links: citedLinks, url: 'https://www.example-news.com/2024/05/story-about-things' }), ['links']).map((s) => s.text)).toEqual(['Nature', 'coffee drinkers live longer', 'sleep loss raises risk by 20%']);
  });

  it('makes a link to another site on the words it backs a source, but not one to the site itself', () => {
    const text = 'The company would not disclose the number but called it immaterial, and its rival laid off several hundred.';
    const links = [link(text, 'called it immaterial', 'https://www.businessinsider.com/x'), link(text, 'laid off several hundred', 'https://news.example.com/y')];
    const got = findSources(makeContext(text, { lang: 'en', links, url: 'https://www.news.example.com/story' }), ['links']);
    expect(got.map((s) => [s.text, s.kind])).toEqual([['called it immaterial', 'link']]);
  });

  it('takes a link to the outlet under another of its domains for a link to the site itself', () => {
    const text = 'Sondland has already amended his testimony once, and the witness laid off several hundred aides in the inquiry.';
    const links = [link(text, 'amended his testimony once', 'https://apnews.com/f2398'), link(text, 'laid off several hundred', 'https://www.bbc.com/news/1')];
    const onAp = findSources(makeContext(text, { lang: 'en', links, url: 'https://hosted.ap.org/eagle/article/1' }), ['links']);
    expect(onAp.map((s) => s.text)).toEqual(['laid off several hundred']);
    const onBbc = findSources(makeContext(text, { lang: 'en', links, url: 'https://www.bbc.co.uk/news/2' }), ['links']);
    expect(onBbc.map((s) => s.text)).toEqual(['amended his testimony once']);
  });

  it.each([
    ['ap.org', 'apnews.com', true],
    ['bbc.co.uk', 'bbc.com', true],
    ['nytimes.com', 'nytimes.com', true],
    ['ap.org', 'apple.com', false],
    ['cnn.com', 'washingtonpost.com', false],
  ])('sameOutlet(%s, %s) is %s', (a, b, want) => {
    expect(sameOutlet(a, b)).toBe(want);
  });

  it('takes a number in words in the linked words as a claim the link backs', () => {
    const text = 'Over the centuries, plague has killed millions, which wiped out nearly one-third of Europe’s population in the 1300s. It is named after black death symptoms.';
    const links = [link(text, 'nearly one-third of Europe’s population', 'https://www.history.com/x'), link(text, 'black death symptoms', 'https://www.history.com/y')];
    const got = findSources(makeContext(text, { lang: 'en', links, url: 'https://www.smithsonianmag.com/story' }), ['links']);
    expect(got.map((s) => [s.text, s.kind])).toEqual([['nearly one-third of Europe’s population', 'link']]);
  });

  it('takes a name linked to a story on its own site, in a sentence that reports, for a source; not a home page or a profile', () => {
    const text = '“We have no comment,” the company said in a statement to Rolling Stone. Apple said it was pleased. Jane Doe said so. Wired covered it too.';
    const links = [
      link(text, 'Rolling Stone', 'https://www.rollingstone.com/music/music-news/taylor-swift-amas-914127/'),
      link(text, 'Apple', 'https://www.apple.com/'),
      link(text, 'Jane Doe', 'https://twitter.com/janedoe/status/1234567890123'),
      link(text, 'Wired', 'https://www.wired.com/story/some-long-story-slug/'),
    ];
    const got = findSources(makeContext(text, { lang: 'en', links, url: 'https://www.foxnews.com/entertainment/story' }), ['links']);
    expect(got.map((s) => [s.text, s.kind])).toEqual([['Rolling Stone', 'link']]);
  });

  it('does not take a call to action, a product name, a price or an address for evidence', () => {
    const text = 'Deals today.\n\nGet it on Amazon for $67.77\n\nThe MX Keys Wireless Keyboard is backlit; Amazon offers the laptop for $700 at https://amzn.to/x today.';
    const links = [link(text, 'Get it on Amazon for $67.77', 'https://amazon.com/a'), link(text, 'MX Keys Wireless Keyboard', 'https://logitech.com/k'), link(text, 'the laptop for $700', 'https://amazon.com/b'), link(text, 'https://amzn.to/x', 'https://amzn.to/x')];
    expect(findSources(makeContext(text, { lang: 'en', links, url: 'https://deals.example/post' }), ['links'])).toEqual([]);
  });

  it('leaves links on other words alone', () => {
    const text = 'Prices rose in the city center last year.';
    expect(sourcesOf(text, 'en', ['cues', 'links'], [link(text, 'city center', 'https://x.example/')])).toEqual([]);
  });
});

// links24: a link to a deep page on another site, on words inside a prose sentence, backs them though they are neither
// a claim nor in a cue sentence (the labelling policy's "manhole fires" → another outlet's story)
describe('links: other words in a sentence, linked to a deep page on another site', () => {
  const run = (text: string, anchor: string, href: string, url = 'https://www.paper.test/news/2019/story') =>
    findSources(makeContext(text, { lang: 'en', links: [link(text, anchor, href)], url }), ['links']).map((s) => s.text);

  it('takes words a deep page backs, not a single word, a home or section page, a post or a profile', () => {
    const fires = 'A series of recent manhole fires in the heart of Manhattan forced the evacuation of theaters.';
    expect(run(fires, 'manhole fires', 'https://nypost.com/2019/02/17/manhole-fires-force-theater-evacuations/')).toEqual(['manhole fires']);
    expect(run(fires, 'manhole fires', 'https://www.nypost.com/')).toEqual([]);
    expect(run(fires, 'manhole fires', 'https://nypost.com/fires')).toEqual([]);
    // (a section's path names no page: neither numbered nor spelling a title)
    expect(run(fires, 'manhole fires', 'https://www.city.test/management/fires')).toEqual([]);
    expect(run(fires, 'manhole fires', 'https://www.city.test/management/fires/2019')).toEqual(['manhole fires']);
    expect(run(fires, 'manhole fires', 'https://www.youtube.com/watch?v=3qQJTUYKmYU')).toEqual([]);
    expect(run(fires, 'manhole fires', 'https://www.example.org/people/fire-chief-jane-doe')).toEqual([]);
    const term = 'So-called neo-banks have been all the rage in Europe for years.';
    expect(run(term, 'neo-banks', 'https://www.nytimes.com/2018/11/20/technology/finance-start-ups-neo-banks.html')).toEqual([]);
  });

  it('takes no database, wiki, manual, search or image page for a document that backs words', () => {
    const term = 'This is a classic job for a window function over the last sixty minutes of readings.';
    expect(run(term, 'window function', 'https://www.postgresql.org/docs/current/tutorial-window.html')).toEqual([]);
    expect(run(term, 'window function', 'https://www.example.org/wiki/Window_function_in_databases')).toEqual([]);
    expect(run(term, 'window function', 'https://forum.example.org/api/images/0253d8fb-window-function-shot.png')).toEqual([]);
    const cast = 'In her second collaboration with French director Olivier Assayas, Kristen Stewart plays a personal shopper.';
    expect(run(cast, 'Olivier Assayas', 'http://www.imdb.com/name/nm0000801/?ref_=fn_al_nm_1')).toEqual([]);
    // (the same words on a dated story still count)
    expect(run(term, 'window function', 'https://www.example.org/2019/05/02/why-window-functions-beat-self-joins')).toEqual(['window function']);
  });

  it('takes a one-sentence paragraph for prose, though the link is most of its line; not a line of links', () => {
    const charge = 'It was a long week.\n\nAustralian-born Assange faces a charge of conspiracy to commit computer intrusion in the US.\n\nMore soon.';
    const anchor = 'a charge of conspiracy to commit computer intrusion in the US';
    expect(run(charge, anchor, 'https://www.justice.gov/opa/pr/wikileaks-founder-charged-computer-hacking-conspiracy')).toEqual([anchor]);
    const list = 'Further reading:\n\nSee the overdraft fees study here\n\nMore soon.';
    expect(run(list, 'overdraft fees study here', 'https://www.example.org/banks/overdraft-fees-study-finds')).toEqual([]);
  });

  it('reads an amount after "at" as a price only with a currency: "capped at 29.4 million pounds" is a weight', () => {
    const catch_ = 'This year, the fishery is capped at 29.4 million pounds, with most of it allocated to commercial boats.';
    expect(run(catch_, 'capped at 29.4 million pounds', 'https://iphc.int/data/landings-2019')).toEqual(['capped at 29.4 million pounds']);
    const deal = 'Right now the store sells the laptop at 2,299 dollars with free shipping.';
    expect(run(deal, 'the laptop at 2,299 dollars', 'https://www.shop-news.test/deals/laptops/2019')).toEqual([]);
  });

  it('judges the page behind the outlet’s own redirector', () => {
    const plan = 'The White House has announced a comprehensive plan to fight the epidemic across the country.';
    const via = (target: string) => `https://www.webmd.com/click?url=${encodeURIComponent(target)}`;
    expect(run(plan, 'comprehensive plan', via('https://obamawhitehouse.archives.gov/the-press-office/2016/03/29/fact-sheet'), 'https://www.webmd.com/news/2016/x')).toEqual(['comprehensive plan']);
    // (an unwrapped link to the outlet itself stays background)
    expect(run(plan, 'comprehensive plan', via('https://www.webmd.com/news/2016/03/29/older-story'), 'https://www.webmd.com/news/2016/x')).toEqual([]);
  });

  it('takes a name linked to a dated or numbered story, in prose; not its entry page nor a common word opening the sentence', () => {
    const award = 'She won NASA’s Exceptional Space Act Award in 2003 and retired soon after.';
    expect(run(award, 'NASA’s Exceptional Space Act Award', 'https://www.nasa.gov/home/hqnews/2003/sep/HQ_03281_Hamilton_Honor.html')).toEqual(['NASA’s Exceptional Space Act Award']);
    const russia = 'Russia and the Syrian government have been accused of blocking aid to the camp.';
    expect(run(russia, 'Russia', 'https://uk.reuters.com/article/uk-syria-camp/russian-siege-chokes-syrian-camp-idUKKCN1S404T')).toEqual(['Russia']);
    const player = 'The pass from Mason Rudolph was intercepted late in the game.';
    expect(run(player, 'Mason Rudolph', 'https://www.sbnation.com/nfl/players/300452/mason-rudolph')).toEqual([]);
    const nova = 'Supernova explosions and black holes shape galaxies. A supernova is rare.';
    expect(run(nova, 'Supernova', 'https://www.space.com/2019/11/chandra-shows-reverse-shocks-in-cassiopeia.html')).toEqual([]);
  });
});

// review24 finding 4: a sentence is a cue sentence for its links only through a cue the cue passes accepted — a cue's
// word that reports nothing ("offered support", "expressed concerns") makes no link in its sentence a source
describe('links: a cue sentence is one with an accepted cue', () => {
  const all = (text: string, anchor: string, href: string) =>
    findSources(makeContext(text, { lang: 'en', links: [link(text, anchor, href)], url: 'https://www.mysite.com/2019/story' })).map((s) => s.text);
  it('takes no link in a sentence whose cue word reports nothing', () => {
    const text = 'The Teamsters union offered support for the drivers, who use the app.';
    expect(all(text, 'app', 'https://other.com/app-page-for-drivers-story')).toEqual([]);
    const fork = 'Only my fork on Github is guaranteed to have the most up-to-date support.';
    expect(all(fork, 'my fork on Github', 'https://github.com/azonenberg/yosys/')).toEqual([]);
    // (an accepted cue still makes its sentence's links sources)
    const said = 'The union said the drivers use the app.';
    expect(all(said, 'app', 'https://other.com/app-page-for-drivers-story')).toContain('app');
  });
});

// review24 finding 3: the deep-page and story-page rules take words in a clause of prose — not a reference list's entry,
// an external-links list item, a credit line or a photo page — and a link's span leaves out the punctuation at its edges
describe('links: no reference entries, link lists, credits or edge punctuation', () => {
  const run = (text: string, anchor: string, href: string) =>
    findSources(makeContext(text, { lang: 'en', links: [link(text, anchor, href)], url: 'https://www.paper.test/news/2019/story' }), ['links']).map((s) => s.text);

  it('takes no link in a reference entry, nor a list item without a verb', () => {
    const ref = 'Notes\n\n^ Smith, Jane (2019). "Sales rose sharply". Statistics Office. Archived from the original on 3 May 2019. Retrieved 4 May 2019.';
    expect(run(ref, 'the original', 'https://web.archive.org/web/20190503/https://stats.example.org/sales-rose-sharply')).toEqual([]);
    const list = 'External links\n\nNew Zealand from BBC News\n\nMore soon.';
    expect(run(list, 'New Zealand', 'https://www.bbc.co.uk/news/world-asia-15357770')).toEqual([]);
    // (the same name in a sentence with a verb is still taken)
    const said = 'The storm battered New Zealand on Monday.';
    expect(run(said, 'New Zealand', 'https://www.bbc.co.uk/news/world-asia-15357770')).toEqual(['New Zealand']);
  });

  it('takes no credit line and no photo page', () => {
    const credit = 'Photos by cmgirl (Shutterstock), J E Theriot, George Redgrave, David Amsler and others who shared them.';
    expect(run(credit, 'J E Theriot', 'https://www.example-pics.test/2016/jetheriot-harbour-at-dawn')).toEqual([]);
    expect(deepPage('https://www.flickr.com/photos/jetheriot/6186786217')).toBe(false);
    expect(deepPage('http://www.shutterstock.com/pic-227832739/stock-vector-hacker-icon.html')).toBe(false);
  });

  it('leaves the punctuation at a link’s edges out of its span', () => {
    const text = 'That was the outcome when Patrick McMullen, a 17-year-old Scottish student, ingested the drug.';
    expect(run(text, 'Patrick McMullen,', 'http://www.independent.co.uk/news/uk/crime/teenager-patrick-mcmullen-who-died-10197.html')).toEqual(['Patrick McMullen']);
    const aside = 'Earlier this year, we announced that we started using the bsdiff algorithm (by Colin Percival) for updates.';
    expect(run(aside, '(by Colin Percival)', 'https://android-developers.blogspot.com/2016/07/improvements-for-smaller-app-downloads.html')).not.toContain('(by Colin Percival)');
    expect(run('Firefox is also exploring even more privacy-preserving techniques.', 'privacy-preserving techniques.', 'https://www.example.org/2019/05/privacy-preserving-techniques-explained')).toEqual(['privacy-preserving techniques']);
  });
});
