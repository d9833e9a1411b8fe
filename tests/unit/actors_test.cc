#include "speechscan/actors.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "speechscan/analysis.h"
#include "speechscan/data.h"

namespace speechscan {
namespace {

// One actor per line: "id type [role] = mention; mention", in the order found.
std::string dump(std::string_view text, const std::vector<Actor>& actors) {
  std::string out;
  for (const Actor& a : actors) {
    out += a.id;
    out += ' ';
    out += actor_type_name(a.type);
    if (!a.role.empty()) out += " [" + a.role + "]";
    out += " =";
    for (size_t k = 0; k < a.mentions.size(); ++k) {
      out += k == 0 ? " " : "; ";
      out += text.substr(a.mentions[k].span.start, a.mentions[k].span.size());
    }
    out += '\n';
  }
  return out;
}

std::string dump(const std::string& text) {
  Analysis a = analyze_text(text, Date{2025, 3, 4});
  return dump(text, a.actors);
}

struct Row {
  const char* text;
  const char* actors;
};

void check(const Row* begin, const Row* end) {
  for (const Row* r = begin; r != end; ++r) {
    EXPECT_EQ(dump(r->text), r->actors) << "text: " << r->text;
  }
}

TEST(Actors, AliasesAreOneActor) {
  const Row rows[] = {
      {"Ministers from the United Kingdom met. Britain will lead and the UK will pay.\n",
       "united-kingdom country = United Kingdom; Britain; UK\n"},
      {"Trade with the U.S. grew, and America noticed. The United States agreed.\n",
       "united-states country = U.S.; America; United States\n"},
      {"Delegates came from Holland and the Netherlands.\n",
       "netherlands country = Holland; Netherlands\n"},
      {"Its capital, Kiev, is also written Kyiv.\n", "kyiv place = Kiev; Kyiv\n"},
      {"We met the North Atlantic Treaty Organization, that is NATO, twice.\n",
       "nato organization = North Atlantic Treaty Organization; NATO\n"},
      // British and American spellings of a body's name; a region's lower-case name.
      {"The World Trade Organisation and the WTO agreed.\n",
       "wto organization = World Trade Organisation; WTO\n"},
      {"APEC leaders met. The Asia-Pacific Economic Cooperation forum closed.\n",
       "apec organization = APEC; Asia-Pacific Economic Cooperation\n"},
      {"The Eurozone recovered, and the euro area grew.\n",
       "eurozone place = Eurozone; euro area\n"},
      // Names that start "St." or "St"; a central bank by its initials alone; groups of
      // states by their initials.
      {"Grenada and St Vincent and the Grenadines signed, as did St. Lucia.\n",
       "grenada country = Grenada\nsaint-vincent-and-grenadines country = St Vincent and the "
       "Grenadines\nsaint-lucia country = St. Lucia\n"},
      {"The RBA raised rates.\n", "reserve-bank-of-australia organization = RBA\n"},
      {"The EMU criteria and a grid developed by CERN.\n",
       "economic-and-monetary-union organization = EMU\ncern organization = CERN\n"},
      {"AOSIS spoke for the SIDS and the LDCs.\n",
       "aosis organization = AOSIS\nsmall-island-developing-states group = "
       "SIDS\nleast-developed-countries group = LDCs\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, DemonymsNameTheirCountry) {
  const Row rows[] = {
      {"British and Ukrainian engineers joined Canadian experts.\n",
       "united-kingdom country = British\nukraine country = Ukrainian\ncanada country = Canadian\n"},
      {"Most Australians back the plan, and the Australian Government agrees.\n",
       "australia country = Australians; Australian\n"},
      {"The talks with Iraqi and Afghan officials went well.\n",
       "iraq country = Iraqi\nafghanistan country = Afghan\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, TitlesBecomeRolesNotMentions) {
  const Row rows[] = {
      {"I spoke with Chancellor Merz this morning.\n",
       "friedrich-merz person [Chancellor] = Merz\n"},
      // An honorific of address before an unknown name.
      {"Your Excellency Philemon Yang, welcome.\n", "philemon-yang person = Philemon Yang\n"},
      // A salutation's adjective starts no name, after a title either.
      {"Mr. President, Mr. Secretary General, Distinguished Delegates, Esteemed Guests,\n", ""},
      {"Our host was Foreign Minister Anna Kowalska of Poland.\n",
       "anna-kowalska person [Foreign Minister] = Anna Kowalska\npoland country = Poland\n"},
      {"Yesterday Sir Edward Grantham opened the session.\n",
       "edward-grantham person = Edward Grantham\n"},
      // A plural title before a list of names: each a person with the title as role.
      {"I thank Senators Brandt, La Grone, and Dorn.\n",
       "brandt person [Senator] = Brandt\nla-grone person [Senator] = La Grone\n"
       "dorn person [Senator] = Dorn\n"},
      {"The Senators voted.\n", ""},
      // After an honorific, a place's name can be a first name.
      {"We thank Ms Virginia Bell for her work.\n", "virginia-bell person = Virginia Bell\n"},
      // Honorifics of other Englishes: "Shri", "Pandit" (no role).
      {"Yesterday Shri Arun Mehta opened the session.\n", "arun-mehta person = Arun Mehta\n"},
      {"Madiba taught us to forgive.\n", "nelson-mandela person [President] = Madiba\n"},
      // Legislative and judicial titles of two words.
      {"Majority Leader Fitzgerald and Chief Justice Roberts came.\n",
       "fitzgerald person [Majority Leader] = Fitzgerald\nroberts person [Chief Justice] = "
       "Roberts\n"},
      {"The report was welcomed by Secretary-General Guterres.\n",
       "antonio-guterres person [Secretary-General] = Guterres\n"},
      // A weak title before an ordinary capitalised word is not a person.
      {"They were granted General Licenses last year.\n", ""},
      // A title with no name after it is nobody in particular.
      {"We thank the Prime Minister for coming.\n", ""},
      // A surname too common to list alone is the known person with that title.
      {"I thank Vice President Harris for coming.\n",
       "kamala-harris person [Vice President] = Harris\n"},
      {"I thank Professor Harris for coming.\n", "harris person [Professor] = Harris\n"},
      // A minister named by portfolio.
      {"We met Minister for Defence Pal Ostberg today.\n",
       "pal-ostberg person [Minister for Defence] = Pal Ostberg\n"},
      // Titles of honour of other countries are the role, never part of the name (review r1
      // A3: "Chief" and "Pa" found the name and were dropped).
      {"We honour Chief Anthony Enahoro today.\n",
       "anthony-enahoro person [Chief] = Anthony Enahoro\n"},
      {"We honour Pa Alfred Rewane today.\n", "alfred-rewane person [Pa] = Alfred Rewane\n"},
      {"The Chief of Staff agreed.\n", ""},
      {"We thank the Prime Minister's Chief Science Adviser for the report.\n", ""},
      {"We thank Chief Whip Sam Reyes.\n", "sam-reyes person [Chief Whip] = Sam Reyes\n"},
      // "my Government" is the country a known speaker speaks for.
      {"Statement by Prime Minister Narendra Modi\n\nMy Government gave priority to health.\n",
       "narendra-modi person [Prime Minister] = Narendra Modi\nindia country = My Government\n"},
      {"Speaker Scheer spoke.\n", "scheer person [Speaker] = Scheer\n"},
      // A month's name after a strong title is a surname.
      {"Prime Minister May's proposal failed.\n", "theresa-may person [Prime Minister] = May\n"},
      // A known name before a comma is no surname of an inverted header name.
      {"Remarks\n\nThe President of France, Emmanuel Macron, agreed.\n",
       "france country = France\nemmanuel-macron person [President] = Emmanuel Macron\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, SurnameAndFirstNameJoinThePersonAlreadyNamed) {
  const Row rows[] = {
      {"Prime Minister Helena Varga arrived. Later, Varga spoke to reporters.\n",
       "helena-varga person [Prime Minister] = Helena Varga; Varga\n"},
      {"I welcome President Okafor to London. We agreed a lot.\n\nThank you, Daniel.\n",
       "daniel-okafor person [President] = Okafor; Daniel\nlondon place = London\n"},
      // ... but not a person named many sentences before: that name is someone else's.
      {"I welcome President Okafor to London. We met. We talked. We ate. We slept. We woke. "
       "We walked. We ran. We sat. We left.\n\nThank you, Daniel.\n",
       "okafor person [President] = Okafor\nlondon place = London\n"},
      // A known leader's first name alone, said to him.
      {"Alongside President Macron we signed it. Thank you, Emmanuel.\n",
       "emmanuel-macron person [President] = Macron; Emmanuel\n"},
      // After a noun, a first name is an apposition naming someone else.
      {"I welcome President Okafor to London. With me is my daughter, Katie.\n",
       "okafor person [President] = Okafor\nlondon place = London\n"},
      // A full name without a title: a known given name and a capitalised surname.
      {"It was Margaret Ellison who first said so. Ellison was right.\n",
       "margaret-ellison person = Margaret Ellison; Ellison\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, PossessivesAreLeftOutOfTheSpan) {
  const Row rows[] = {
      {"We protect Ukraine’s skies and Ukraine's seas.\n", "ukraine country = Ukraine; Ukraine\n"},
      {"We will stop Putin’s war.\n", "vladimir-putin person [President] = Putin\n"},
      {"That was Minister Dalby's decision.\n", "dalby person [Minister] = Dalby\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, HyphenatedWordsMatchPartByPart) {
  const Row rows[] = {
      {"We join a US-led mission.\n", "united-states country = US\n"},
      {"It was a UK-French plan for Russia-Ukraine talks.\n",
       "united-kingdom country = UK\nfrance country = French\nrussia country = Russia\n"
       "ukraine country = Ukraine\n"},
      {"We saw it side-by-side.\n", ""},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, OrdinaryCapitalisedWordsAreNotActors) {
  const Row rows[] = {
      {"Today we act. Standing together, we are stronger.\n", ""},
      {"Further steps will follow on Monday, and again in January.\n", ""},
      {"Thank you. Good evening. Let me begin.\n", ""},
      {"Executive Order 14024 and the Notice to Airmen remain.\n", ""},
      // A holiday's name holds no person ("King" is a title elsewhere).
      {"On Martin Luther King Day and on Remembrance Day we remember.\n", ""},
      // A heading in title case carries capitalised ordinary words.
      {"Strong Foundations For Lasting Growth And Security\n\nWe begin.\n", ""},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, LongerNamesWin) {
  const Row rows[] = {
      {"The European Union and European leaders agreed.\n",
       "european-union organization = European Union\neurope place = European\n"},
      {"Officials in British Columbia met British diplomats.\n",
       "british-columbia place = British Columbia\nunited-kingdom country = British\n"},
      // A country that starts a longer name which is no actor is not a mention.
      {"Congress passed the American Jobs Recovery Plan.\n", "congress organization = Congress\n"},
      // With a head word the longer name is a body, the place's name part of it (the
      // guide: "European" in "European Union" is a mention of the EU).
      {"We trained the Iraqi Border Guard.\n",
       "iraqi-border-guard organization = Iraqi Border Guard\n"},
      {"Officers of West Midlands Police arrived.\n",
       "west-midlands-police organization = West Midlands Police\n"},
      // A known body after the place keeps its own actor, and (listed with no country,
      // its name ending in a head word) takes the place's name into its own: the guide's
      // longer name, and one actor with the speech's lone "Labour".
      {"The New Zealand Labour Party won.\n",
       "labour-party organization = New Zealand Labour Party\n"},
      // A country's name before one capitalised word that carries it on: the longer name,
      // no actor of its own ("Canada Goose"), or the body or place the lexicon lists for
      // that country. A demonym, a government, a title or a heading keeps the country.
      {"We met Canada Goose workers in Canada.\n", "canada country = Canada\n"},
      {"The United States Supreme Court sat near the United States Capitol.\n",
       "us-supreme-court organization = United States Supreme Court\ncapitol-hill place = "
       "United States Capitol\n"},
      {"The United States Government and the Canada Government agreed.\n",
       "united-states country = United States\ncanada country = Canada\n"},
      {"The United States President met Canadian Goose farmers.\n",
       "united-states country = United States\ncanada country = Canadian\n"},
      {"Intro\n\nSupport For Ukraine Grows\n\nWe begin.\n", "ukraine country = Ukraine\n"},
      {"They voted for New Zealand First.\n",
       "new-zealand-first organization = New Zealand First\n"},
      // A known person with a side after the country's name (once an endless loop).
      {"United States Obama\n",
       "united-states country = United States\nbarack-obama person [President] = Obama\n"},
      // A person's name ends with its line and before a body's name.
      {"Speech\n\nRt Hon Jane Smith\nNew Zealand First Leader\n\nWe act.\n",
       "jane-smith person = Jane Smith\nnew-zealand-first organization = New Zealand First\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// The first pass turns a capitalised word away before the costlier checks when no second
// word follows that a rule could use (a capitalised word, "of"/"for", a regime word), and
// asks whether the line is a heading only just before it would take a name: each rule
// must still fire after either test, and a heading must still block them all.
TEST(Actors, UnknownNamesAfterTheFastChecks) {
  const Row rows[] = {
      {"Sanctions hit the Marov regime.\n", "marov-regime organization = Marov regime\n"},
      // A capitalised regime word joins the run of capitalised words instead.
      {"We sanctioned the Marov Regime again.\n", ""},
      {"We asked the Commission for Midwifery to help.\n",
       "commission-for-midwifery organization = Commission for Midwifery\n"},
      // A head word alone after "the" is the body taken as known (see below).
      {"Later the Commission agreed.\n", "commission organization = Commission\n"},
      {"We met the Riverside Housing Commission.\n",
       "riverside-housing-commission organization = Riverside Housing Commission\n"},
      {"Riverside Housing Commission And Marov Regime\n\nWe begin.\n", ""},
      // The heading count stops once the line cannot reach four capitalised words per
      // lower-case one: exactly four after it still make a heading, three do not.
      {"Intro\n\nnew Riverside Housing Commission Plans\n\nWe begin.\n", ""},
      {"Intro\n\nnew Riverside Housing Commission\n\nWe begin.\n",
       "riverside-housing-commission organization = Riverside Housing Commission\n"},
      // A line that ends in ";" or "," or a stage note in brackets is no heading.
      {"Intro\n\nReport by Mr Rapkay, for the Committee on Monetary Affairs, on Rules;\n\nWe "
       "begin.\n",
       "rapkay person = Rapkay\ncommittee-on-monetary-affairs organization = Committee on "
       "Monetary Affairs\n"},
      {"Intro\n\n(Applause From The Riverside Housing Commission)\n\nWe begin.\n",
       "riverside-housing-commission organization = Riverside Housing Commission\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, UnknownBodiesByHeadWord) {
  const Row rows[] = {
      {"The Riverside Housing Commission met us. Later the Commission reported.\n",
       "riverside-housing-commission organization = Riverside Housing Commission; Commission\n"},
      {"We asked the College of Midwifery to help, and the College agreed.\n",
       "college-of-midwifery organization = College of Midwifery; College\n"},
      {"Tankers of the Grey Fleet were stopped.\n", "grey-fleet group = Grey Fleet\n"},
      {"We sanctioned the Marov regime again.\n", "marov-regime organization = Marov regime\n"},
      {"The National Grid Authority (NGA) said the NGA was ready.\n",
       "national-grid-authority organization = National Grid Authority; NGA; NGA\n"},
      {"We asked His Majesty’s Inspectorate of Probation to report.\n",
       "his-majestys-inspectorate-of-probation organization = His Majesty’s Inspectorate of "
       "Probation\n"},
      // Initials of a body named before.
      {"Officials of the Regional Water Authority came. Later the RWA agreed.\n",
       "regional-water-authority organization = Regional Water Authority; RWA\n"},
      // The end of a longer body's name met before is that body.
      {"The Munich Policy Conference met. The 52nd edition of the Policy Conference was good.\n",
       "munich-policy-conference organization = Munich Policy Conference; Policy Conference\n"},
      // "and" inside a body's name before its head word.
      {"The Presidential Inaugural Committee and the Congressional Budget Office met.\n",
       "presidential-inaugural-committee organization = Presidential Inaugural Committee\n"
       "congressional-budget-office organization = Congressional Budget Office\n"},
      {"The Fish and Forestry Organization met.\n",
       "fish-and-forestry-organization organization = Fish and Forestry Organization\n"},
      // After "of"/"for", a list of capitalised words closing with "and" is the name's; a
      // list of names or of bodies is not.
      {"The Department for Environment, Food and Rural Affairs met.\n",
       "department-for-environment-food-and-rural-affairs organization = Department for "
       "Environment, Food and Rural Affairs\n"},
      {"The Ministry of Defence, France and Germany met.\n",
       "ministry-of-defence organization = Ministry of Defence\nfrance country = France\n"
       "germany country = Germany\n"},
      // A place's head word makes an unknown name a place.
      {"We fought in the Kunar Valley and in Helmand Province.\n",
       "kunar-valley place = Kunar Valley\nhelmand-province place = Helmand Province\n"},
      // Also after a given name, but for a head that is also a surname; a place's head ends
      // its name before "and", and alone after "and" joins none.
      {"The offices on Caroline Hill Road and Queensway Plaza open.\n",
       "caroline-hill-road place = Caroline Hill Road\nqueensway-plaza place = Queensway "
       "Plaza\n"},
      {"Ethan Lane spoke in Highland Park.\n",
       "ethan-lane person = Ethan Lane\nhighland-park place = Highland Park\n"},
      {"We support Belt and Road cooperation.\n", ""},
      // "the House" after the House of Commons is that House.
      {"The House of Commons met. I can assure the House that we will act.\n",
       "house-of-commons organization = House of Commons; House\n"},
      // "and the" opens another name.
      // A title after "of" is part of a body's name.
      {"The Department of Prime Minister and Cabinet will help.\n",
       "department-of-prime-minister-and-cabinet organization = Department of Prime Minister "
       "and Cabinet\n"},
      {"The Office of the President said so.\n",
       "office-of-the-president organization = Office of the President\n"},
      // A plural ordinary word closes a name after "of" and another capitalised word.
      {"The Council of Australian Governments met.\n",
       "council-of-australian-governments organization = Council of Australian Governments\n"},
      {"The Ministry of Finance and the Central Bank agreed.\n",
       "ministry-of-finance organization = Ministry of Finance\ncentral-bank organization = "
       "Central Bank\n"},
      // Two bodies meet at "and": they stay two.
      {"Both the Home Office and the Border Agency agreed.\n",
       "home-office organization = Home Office\nborder-agency organization = Border Agency\n"},
      // "on" joins a body's name after its head word, with "and" inside.
      {"I thank the Committee on Economic and Monetary Affairs. The Committee voted.\n",
       "committee-on-economic-and-monetary-affairs organization = Committee on Economic and "
       "Monetary Affairs; Committee\n"},
      // Not before a known name, nor after a word that heads no body.
      {"We briefed the Council on Ukraine today.\n",
       "council organization = Council\nukraine country = Ukraine\n"},
      {"Smith Jones on Tuesday said so.\n", ""},
  };
  check(std::begin(rows), std::end(rows));
}

// An upper-case word that nothing else names is a body's acronym where a body's name
// stands: the subject of a finite verb, or after to/under/with/from/by at its phrase's end;
// then every use of it. Not a term (actors_stop.tsv), a stop word, an English verb in
// capitals, a roman numeral, nor a modifier after a number or a word.
TEST(Actors, AcronymsWhereABodyStandsAreBodies) {
  const Row rows[] = {
      {"MTI has downgraded the forecast. The bulk will go to MOH.\n",
       "mti organization = MTI\nmoh organization = MOH\n"},
      {"Later MOH and MOF met. The funds go to MOH.\n", "moh organization = MOH; MOH\n"},
      {"We support tenants under JTC, HDB, SLA, and SDC. The NEA will provide waivers.\n",
       "jtc organization = JTC\nhdb organization = HDB\nsla organization = SLA\nsdc "
       "organization = SDC\nnea organization = NEA\n"},
      {"GDP has grown, AI will change work and firms pay GST with VAT.\n", ""},
      {"We need to ACT now. NOW is the time. World War II was long.\n", ""},
      {"We gave grants to PRX members. The 2011 PREFU is good. Some PREFU came out.\n", ""},
      {"Intro\n\nFunding Goes To MOH\n\nWe begin.\n", ""},
      // An acronym given in brackets names the body for the rest of the text, even where
      // the lexicon knows another body by the same letters (the US CDC); not before.
      {"The CDC met. Community Development Council (CDC) Vouchers help. We give CDC "
       "Vouchers and the CDC will run them.\n",
       "cdc organization = CDC\ncommunity-development-council organization = Community "
       "Development Council; CDC; CDC; CDC\n"},
      // Six letters, after "through", and listed next to a known body (review A).
      {"Roads will be built through NHIDCL. We stand with the African Union and ECCAS and "
       "others.\n",
       "nhidcl organization = NHIDCL\nafrican-union organization = African Union\neccas "
       "organization = ECCAS\n"},
      {"We thank ECCAS, the African Union and our partners.\n",
       "eccas organization = ECCAS\nafrican-union organization = African Union\n"},
      // Not a term listed with a body, nor one after "under the": "the RMA" is an act.
      {"The African Union and GDP grew under the RMA.\n",
       "african-union organization = African Union\n"},
      // Places and countries by their common capitals are known forms, not bodies.
      {"I flew to DC, then to LA. Trade with NZ and NSW grew.\n",
       "washington-dc place = DC\nlos-angeles place = LA\nnew-zealand country = NZ\n"
       "new-south-wales place = NSW\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// A head word after "the"/"this"/"that", with no body of that head named in the speech, is
// the body the speaker takes as known: "the Commission", "this House".
TEST(Actors, LoneHeadWordsNameTheBodyTakenAsKnown) {
  const Row rows[] = {
      {"I ask the Commission to act, and this House agrees with the Commission.\n",
       "commission organization = Commission; Commission\nhouse organization = House\n"},
      {"The Council's decision stands.\n", "council organization = Council\n"},
      // A government's offices: "The Presidency" (South Africa's, by its name) and "the
      // Treasury"; not a term of office ("the Presidency of Nelson Mandela") nor a
      // presidency's holder ("the Irish Presidency"); the National Treasury by its head word.
      {"Talks between The Presidency and the unions went well; the Treasury will pay.\n",
       "the-presidency organization = The Presidency\ntreasury organization = Treasury\n"},
      {"During the Presidency of Nelson Mandela the Irish Presidency met the National "
       "Treasury.\n",
       "nelson-mandela person [President] = Nelson Mandela\nireland country = "
       "Irish\nnational-treasury "
       "organization = National Treasury\n"},
      // A body named in full takes the lone word, as before; also by the form a known body
      // is written in.
      {"The European Commission spoke. Then the Commission left.\n",
       "european-commission organization = European Commission; Commission\n"},
      {"The World Trade Organisation met. The Organisation agreed.\n",
       "wto organization = World Trade Organisation; Organisation\n"},
      // Two bodies share the head word: the one last named in full, however often the
      // other was named.
      {"The Housing Commission and the Water Commission met. The Commission agreed.\n",
       "housing-commission organization = Housing Commission\n"
       "water-commission organization = Water Commission; Commission\n"},
      {"The Housing Commission, the Water Commission and the Housing Commission's chair "
       "met. The Commission agreed.\n",
       "housing-commission organization = Housing Commission; Housing Commission; Commission\n"
       "water-commission organization = Water Commission\n"},
      {"The Water Commission met; the Water Commission's chair spoke. The Housing Commission "
       "met. The Commission agreed.\n",
       "water-commission organization = Water Commission; Water Commission\n"
       "housing-commission organization = Housing Commission; Commission\n"},
      // A body's name of several words is what the head word refers back to, not an
      // acronym named since.
      {"The European Union met. The EMU criteria bind. The Union agreed.\n",
       "european-union organization = European Union; Union\neconomic-and-monetary-union "
       "organization = EMU\n"},
      // After a possessive, the possessor's body: not the one named last of several.
      {"The Green Group and the Liberal Group voted. On behalf of my Group, I abstain; the "
       "Group agreed.\n",
       "green-group organization = Green Group\nliberal-group organization = Liberal Group; "
       "Group\n"},
      {"The Green Group voted. On behalf of my Group, I thank it.\n",
       "green-group organization = Green Group; Group\n"},
      // Only bodies named before the lone word: each "Commission" takes the one just named.
      {"The Housing Commission met; the Commission agreed. The Water Commission met; the "
       "Commission agreed.\n",
       "housing-commission organization = Housing Commission; Commission\n"
       "water-commission organization = Water Commission; Commission\n"},
      // No determiner, or sentence-initial, or an ordinary word: nothing.
      {"Commission members met. Committee work goes on. The Queen came.\n", ""},
      {"We met a Commission official.\n", ""},
      // "House" names a body only alone: "McLean House" is a building.
      {"They met at the McLean House. I tell this House so.\n", "house organization = House\n"},
      // "for"/"of"/"and" carry a name on only before a capitalised word; "and" not before
      // "the", a known name or another head word.
      {"I thank the Commission for its work.\n", "commission organization = Commission\n"},
      {"The code between the Commission and Parliament stands.\n",
       "commission organization = Commission\nparliament organization = Parliament\n"},
      {"I urge the Council and the Conference to act.\n",
       "council organization = Council\nconference organization = Conference\n"},
      {"Unlike most of this House and indeed my group, I abstain.\n",
       "house organization = House\n"},
      {"We asked the Commission for Racial Equality.\n",
       "commission-for-racial-equality organization = Commission for Racial Equality\n"},
      {"The Police and Criminal Evidence Act applies.\n", ""},
      // After "of"/"for", a plural's possessive stays in the name (review r1 A5, r2 P1); a
      // singular's is the body's own.
      {"The Ministry of Agriculture & Farmers\xE2\x80\x99 Welfare will act with the Foundation "
       "for Black Women\xE2\x80\x99s Wellness.\n",
       "ministry-of-agriculture-farmers-welfare organization = Ministry of Agriculture & "
       "Farmers\xE2\x80\x99 Welfare\nfoundation-for-black-womens-wellness organization = "
       "Foundation for Black Women\xE2\x80\x99s Wellness\n"},
      {"The Ministry of Health\xE2\x80\x99s Report came.\n",
       "ministry-of-health organization = Ministry of Health\n"},
      // Review r2 P12: "and" after a head word alone coordinates bodies, and the lexicon's
      // bare "Parliament" after the European Parliament named in full is that body.
      {"The European Parliament and the European Commission met. Progress can be made by "
       "Parliament, Council and Commission.\n",
       "european-parliament organization = European Parliament; Parliament\n"
       "european-commission organization = European Commission; Commission\n"},
      {"The Youth Parliament met. Parliament sat.\n",
       "youth-parliament organization = Youth Parliament\nparliament organization = "
       "Parliament\n"},
      // A body of that head the lexicon does not know, named in between, leaves the
      // bare name to the known one; a hyphenated "Congress-led" takes it too.
      {"The Indian National Congress met. The Youth Congress met. Congress will act.\n",
       "indian-national-congress organization = Indian National Congress; Congress\n"
       "youth-congress organization = Youth Congress\n"},
      {"The INC won. It was a Congress-led government.\n",
       "indian-national-congress organization = INC; Congress\n"},
      {"It was a Congress-led effort.\n", "congress organization = Congress\n"},
      {"Parliament sat. The European Parliament agreed.\n",
       "parliament organization = Parliament\neuropean-parliament organization = European "
       "Parliament\n"},
      {"The Truth and Reconciliation Commission met.\n",
       "truth-and-reconciliation-commission organization = Truth and Reconciliation "
       "Commission\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// A surname's particle after a title stays in the name; the surname alone later takes it.
TEST(Actors, NameParticlesAfterTitles) {
  const Row rows[] = {
      {"I thank Mr von Wogau for the von Wogau report.\n",
       "von-wogau person = von Wogau; von Wogau\n"},
      {"Mrs de Palacio spoke. Then Palacio left.\n", "de-palacio person = de Palacio; Palacio\n"},
      // Two particles (actors_particles.tsv), after a given name too, and a surname alone
      // keeps them, the first capitalised at a sentence's start (review r1 A2).
      {"Angelo de la Cruz is home. De la Cruz thanked us, and de la Cruz left.\n",
       "angelo-de-la-cruz person = Angelo de la Cruz; De la Cruz; de la Cruz\n"},
      {"Mr van der Merwe met Ludwig van Beethoven.\n",
       "van-der-merwe person = van der Merwe\nludwig-van-beethoven person = Ludwig van "
       "Beethoven\n"},
      // Not a lower-case word that is no particle: "Angelo and Cruz".
      {"We met Angelo in the Cruz hall.\n", ""},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, SpeakerFromTheHeader) {
  struct SpeakerRow {
    const char* text;
    const char* speaker;
  };
  const SpeakerRow rows[] = {
      {"Home Secretary Ann Porter gave a statement.\n\nI will act now.\n", "ann-porter"},
      {"President: Sam Reyes\n\nGood afternoon. I am glad to be here.\n", "sam-reyes"},
      {"Transcript 4411 | Hartley, Susan | 3 March 2009\n\nGood evening.\n", "susan-hartley"},
      // A person the lexicon knows, so inverted, whose surname is a given name too.
      {"Transcript 10000 | Howard, John | 11 May 1996\n\nGood evening.\n", "john-howard"},
      {"Statement by Press Secretary Jen Doyle on Trade\n\nWe act.\n", "jen-doyle"},
      // Front matter's title; a known first name inside the header's run starts the name
      // (the words before it are the office); a word of a heading ends it.
      {"---\ndate: '2021-06-23'\ntitle: \"Remarks by President\\_Biden at the Summit\"\n---\n\n"
       "THE PRESIDENT: Thank you.\n",
       "joe-biden"},
      {"Gaggle by NSC Coordinator for Strategic Communications John Kirby on Trade\n\nWe "
       "act.\n",
       "john-kirby"},
      {"Roundtable by APNSA Jake Sullivan Previewing the Summit\n\nWe act.\n", "jake-sullivan"},
      // A front matter title's folded line goes on to a given name, not to any word; a
      // byline of officials names no person.
      {"---\ntitle: \"Gaggle by NSC Coordinator for Strategic Communications\\\n  \\ John "
       "Kirby on Trade\"\n---\n\nWe act.\n",
       "john-kirby"},
      {"---\ntitle: \"Remarks by First Lady Jill Biden at the Betty Ford\\\n  \\ Forever Stamp "
       "Unveiling\"\n---\n\nWe act.\n",
       "jill-biden"},
      {"Background Press Call by Senior Administration Officials on Russia\n\nWe act.\n", ""},
      // A headline's subject is no speaker: a verb in title case or a possessive after the
      // name, with no word for the text after it; a readout of someone's call.
      {"President Biden Signs Executive Order on Trade\n\nWe act.\n", ""},
      {"FACT SHEET: President Sam Reyes, Jr. Approves Emergency Declaration\n\nWe act.\n", ""},
      {"President Sam Reyes\u2019s Bold Trade Action Draws Praise\n\nWe act.\n", ""},
      {"---\ntitle: \"President Sam Reyes\\u2019s Bold Trade Action\"\n---\n\nWe act.\n", ""},
      {"Readout of President Sam Reyes, Jr. Call with Prime Minister Ann Okafor\n\nWe act.\n", ""},
      {"President Biden Delivers Remarks on Trade\n\nWe act.\n", "joe-biden"},
      {"President Biden Speaks at the Summit\n\nWe act.\n", "joe-biden"},
      // An unknown name in a headline ends before the headline's verb.
      {"Governor Kathy Hochul Announces $50 Million for Roads\n\nWe act.\n", ""},
      {"Remarks by Ken Burns at the Library\n\nWe act.\n", "ken-burns"},
      {"Statement by President Biden Marks the Day\n\nWe act.\n", "joe-biden"},
      {"Prime Minister Sam Reyes\u2019s remarks on Trade\n\nWe act.\n", "sam-reyes"},
      {"Readout from NSC Spokesperson Ann Okafor on Trade\n\nWe act.\n", "ann-okafor"},
      // A German title heading an English text names the speaker before a header label.
      {"Bundesministerin Anna Reyes\n\nVNGV-Rede\n\nAktuelle Dauer: 19 Minuten\n\n26.09.2024, New "
       "York\n\nWe act.\n",
       "anna-reyes"},
      {"STATEMENT BY\nHIS EXCELLENCY SAMUEL OKAFOR REYES, SR.\nPRESIDENT OF RURITANIA\n\nWe "
       "act.\n",
       "samuel-okafor-reyes"},
      {"STATEMENT BY\n\nHIS EXCELLENCY, SENATOR KADO OKAFOR, GCON\nVICE PRESIDENT\n\nWe act.\n",
       "kado-okafor"},
      {"Gaggle by Press Secretary Jen Doyle Aboard Air Force One\n\nWe act.\n", "jen-doyle"},
      // A national security office of several words is a title, also across a front
      // matter's escaped line break; none of it is a name.
      {"---\ntitle: \"Gaggle by White\\_House National Security Communications\\\n  \\ "
       "Advisor Sam\\_Reyes\"\n---\n\nMR. REYES: We act.\n",
       "sam-reyes"},
      {"Gaggle by NSC Coordinator for Strategic Communications Sam Reyes\n\nWe act.\n",
       "sam-reyes"},
      {"FACT SHEET: Trade Partners Will Provide More\n\nWe act.\n", ""},
      {"We will act. Nobody is named in this speech.\n", ""},
      // A fact sheet's label is no person; the front matter's title is the header's.
      {"FACT SHEET: Trade Rules Advance\n\nThe rules will change.\n", ""},
      {"---\ntags: remarks\ntitle: Remarks by Vice President Ann Reyes at Emory\n---\n\nThank "
       "you.\n",
       "ann-reyes"},
      // A person named in passing is no speaker, nor is one in a text of one line.
      {"Remarks on trade\n\nWe met Chancellor Merz today.\n\nWe agreed.\n", ""},
      {"We met President Okafor today.\n", ""},
      // A known person in a header set in capitals, named as the one who speaks.
      {"DEPARTURE STATEMENT\nOF\nPRESIDENT RODRIGO ROA DUTERTE\n\n[Delivered | 2 September "
       "2018]\n\nWe will act.\n",
       "rodrigo-duterte"},
      {"REMARKS ON THE DEATH OF PRESIDENT NELSON MANDELA\n\nWe act.\n", ""},
      // A press statement's opening sentence names who issues it.
      {"Statement by the Prime Minister\n\nThe Prime Minister, Sam Reyes, today issued the "
       "following statement:\n\nWe will act.\n",
       "sam-reyes"},
      {"Statement\n\nWe met President Okafor today.\n\nWe issued the following statement.\n", ""},
      // A known person after "by" in a header sentence.
      {"The statement made by Keir Starmer, the Prime Minister, on 19 January 2025.\n\nWe act.\n",
       "keir-starmer"},
      // A transcript's speaker label in capitals, known or by a given name.
      {"Transcript\n\nANTHONY ALBANESE, PRIME MINISTER: Good morning. We act.\n",
       "anthony-albanese"},
      {"Transcript\nSAM REYES: Good morning.\n\nJOURNALIST: A question.\n", "sam-reyes"},
      {"Transcript\nPRESS BRIEFING: Good morning.\n", ""},
      // A name that opens the title line, then its role or a word for the text.
      {"Jeremy Corbyn, Leader of the Labour Party, speech to the conference\n\nWe will win.\n",
       "jeremy-corbyn"},
      {"Sam Reyes, Paris\n\nWe will win.\n", ""},
      // A name no list knows, after "by" or before a word for the text.
      {"Remarks by Atal Bihari Vajpayee, 15 August 2002\n\nWe will build roads.\n",
       "atal-bihari-vajpayee"},
      {"Corazon C. Aquino, Fifth State of the Nation Address, July 22, 1991\n\nWe will "
       "build roads.\n",
       "corazon-c-aquino"},
      {"Statement by Foreign Affairs Committee, 15 August 2002\n\nWe will build roads.\n", ""},
      {"Department Press Briefing\nJalina Porter, Principal Deputy Spokesperson\nMarch 18, "
       "2022\n\nMS PORTER: Good afternoon.\n",
       "jalina-porter"},
      // Honorifics of address before the name after "by".
      {"National Statement by His Excellency Ratu Wiliame Katonivere, President of Fiji\n\nWe "
       "act.\n",
       "wiliame-katonivere"},
      // A title line that starts with the speaker's name: the name stops before "Address".
      {"Susan Hartley Address to the Nation\n\nGood evening.\n", "susan-hartley"},
      // So before an occasion's word and a word for the text; the occasion's word stays
      // in a body's name.
      {"Governor Kate Brown Inaugural Address 2019\n\nGood evening.\n", "kate-brown"},
      {"Prime Minister Sam Reyes Budget Speech\n\nThe Congressional Budget Office met.\n",
       "sam-reyes"},
      {"Susan Hartley\xE2\x80\x99s remarks at the summit\n\nGood evening.\n", "susan-hartley"},
      {"Susan Hartley and I met.\n\nGood evening.\n", ""},
      // A name before a colon at the start of a header line; a possessive and a word for
      // the text anywhere on it; "by The Rt Hon", and post-nominal letters left out.
      {"Susan Hartley: Progressing Together\n\nGood evening.\n", "susan-hartley"},
      {"Text of President Sam Reyes's national broadcast on trade\n\nGood evening.\n", "sam-reyes"},
      {"Reply to President Sam Reyes's attacks on trade\n\nGood evening.\n", ""},
      {"Statement by The Rt Hon Susan Hartley MP, Lord Chancellor\n\nGood evening.\n",
       "susan-hartley"},
      // A role phrase between "by" and the name, with or without a comma.
      {"Speech by Minister for Defence Peter Hultqvist at the College\n\nGood evening.\n",
       "peter-hultqvist"},
      {"Address by the President of the Republic of Ruritania, Susan Hartley\n\nGood evening.\n",
       "susan-hartley"},
      // A name, a dash and a word for the text; "Transcript of" with "the Hon."; a verb of
      // delivering the text; after a leading dateline date; a byline ending in the date.
      {"Susan Hartley \xE2\x80\x93 2015 Press Conference on Trade\n\nWe act.\n", "susan-hartley"},
      {"Transcript of the Prime Minister the Hon. Susan Hartley MP\n\nWe act.\n", "susan-hartley"},
      {"Minister of State Sean Fleming delivers Ireland's national statement\n\nWe act.\n",
       "sean-fleming"},
      {" date 2023-03-07 Susan Hartley, Home Secretary: Statement on Trade\n\nWe act.\n",
       "susan-hartley"},
      {"National Day Message 2020\nPM Sam Reyes, Ruritania, 9 August 2020\n\nWe act.\n",
       "sam-reyes"},
      {"Susan Hartley \xE2\x80\x93 Paris\n\nWe will win.\n", ""},
      // A title, a comma and a name of two words or more after "by".
      {"Budget Statement 2019, delivered in Parliament by the Minister for Finance, Sam Reyes "
       "Tan\n\nWe act.\n",
       "sam-reyes-tan"},
      {"Speech by the Financial Secretary, Susan Hartley, moving the Bill\n\nWe act.\n",
       "susan-hartley"},
      // "Remarks from" as "Remarks by"; a title of several words before the name.
      {"Remarks from Secretary of the Treasury Sam Reyes on Trade, 24 August 2026\n\nWe act.\n",
       "sam-reyes"},
      // A heading in capitals that is the speaker's name, on the first line or on a line of
      // a statement's heading block, titles before it; a known person by first name and
      // surname.
      {"JOHN SMITH MP\nPRESS CONFERENCE\n2 May 2019\n\nWe act.\n", "john-smith"},
      {"REPUBLIC OF RURITANIA\n\nNATIONAL STATEMENT\n\nBY\nHIS EXCELLENCY\nDR SAMUEL OKAFOR REYES\n"
       "PRESIDENT OF THE REPUBLIC\n\n26TH SEPTEMBER 2024\n\nWe act.\n",
       "samuel-okafor-reyes"},
      {"NATIONAL STATEMENT\nFEDERAL OPPOSITION LEADER SUSAN HARTLEY\n2 May 2019\n\nWe act.\n",
       "susan-hartley"},
      {"NATIONAL STATEMENT\nNEW YORK\n2 May 2019\n\nWe act.\n", ""},
      // A country in capitals whose first word is also a given name is no person: the
      // speaker is the one the block names after it.
      {"SOLOMON ISLANDS\nSTATEMENT BY\nHONOURABLE SAM REYES\nMINISTER OF FOREIGN AFFAIRS\n\n"
       "27 SEPTEMBER 2024\n\nWe act.\n",
       "sam-reyes"},
      // A title and honorifics before a name at the line's start, also "H. E." spaced; a
      // title and a name right after a word for the text on a title line.
      {"Minister for Foreign Affairs\nSenator the Hon Susan Hartley\nNational Statement\n2 May "
       "2019\n\nWe act.\n",
       "susan-hartley"},
      {"Statement by the President of Ruritania\nH. E. Sam Reyes\nNew York, 2 May 2019\n\nWe "
       "act.\n",
       "sam-reyes"},
      {"UN General Assembly Speech Prime Minister Sam Reyes\nMay 2, 2019\n\nWe act.\n",
       "sam-reyes"},
      // Honorifics alone before a name at the line's start: a byline.
      {"The Hon Susan Hartley MP\n\n2 May 2019\n\nWe act.\n", "susan-hartley"},
      {"Hon Sam Reyes Address to the Chamber of Commerce\n\n2 May 2019\n\nWe act.\n", "sam-reyes"},
      {"Hon Susan Hartley\n\n2 May 2019\n\nWe act.\n", "susan-hartley"},
      // A role phrase with a comma before an honorific and the name.
      {"Speech by the Financial Secretary, the Hon Sam Reyes Tan, moving the Bill\n\nWe "
       "act.\n",
       "sam-reyes-tan"},
      {"Transcript of the Prime Minister, the Hon Susan Hartley MP, Press Conference\n\nWe "
       "act.\n",
       "susan-hartley"},
      // An honorific with its period ("Hon.", "Rt. Hon."), and a role in brackets after
      // the name (a Hansard title line, review r1 P9); not a place in brackets.
      {"Hon. Susan Hartley, Minister of Health, House of Commons, October 3, 1997\n\nWe "
       "act.\n",
       "susan-hartley"},
      {"Susan Hartley (Minister of Health), House of Commons, October 3, 1997\n\nWe act.\n",
       "susan-hartley"},
      {"Susan Hartley (Paris), October 3, 1997\n\nWe act.\n", ""},
  };
  for (const auto& r : rows) {
    Analysis a = analyze_text(r.text, Date{2025, 3, 4});
    std::string got = a.speaker ? a.actors[*a.speaker].id : "";
    EXPECT_EQ(got, r.speaker) << r.text;
  }
}

// A person's name that runs on into a law's name is no person; a title's comma links a
// name only when the capitals end with it and no body's head word closes them.
TEST(Actors, LawNamesAndRunsAfterATitlesCommaAreNoPersons) {
  const Row rows[] = {
      {"We will pass the John Lewis Voting Rights Act and a Homeowner Bill of Rights.\n", ""},
      {"We passed the Mary Jones Act. Mary Jones spoke.\n", "mary-jones person = Mary Jones\n"},
      {"John Howard and Mary Jones met.\n",
       "john-howard person [Prime Minister] = John Howard\nmary-jones person = Mary Jones\n"},
      {"Accepting the nomination for President, Democratic National Convention delegates "
       "cheered.\n\nWe act.\n",
       "democratic-national-convention organization = Democratic National Convention\n"},
      {"Accepting the nomination for President, Republican Study Group members cheered.\n\nWe "
       "act.\n",
       "republican-study-group organization = Republican Study Group\n"},
      {"Accepting the nomination for President, Mary Jones Smith cheered.\n\nWe act.\n",
       "mary-jones-smith person [President] = Mary Jones Smith\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// A header's title beside the speaker's name, before it after a comma or after it: the
// role, never part of the name.
TEST(Actors, HeaderTitlesBesideTheNameAreRoles) {
  const std::pair<const char*, const char*> rows[] = {
      {"Budget 2022: Speech of Susan Hartley, Minister of Finance\n\nWe act.\n",
       "susan-hartley|Minister of Finance"},
      {"Speech by the Financial Secretary, Sam Reyes, on the Bill\n\nWe act.\n",
       "sam-reyes|Financial Secretary"},
      {"Statement by the Minister for Finance, Sam Reyes Tan\n\nWe act.\n",
       "sam-reyes-tan|Minister for Finance"},
      // Not in the body: "the Minister, Sam" there is no title of Sam's.
      {"Statement\n\nWe met Susan Hartley. Then we met the Minister, Sam.\n", "|"},
      // A title block: the name on one line, the title on the next (review A, pattern 10);
      // a known name that starts with a title, after "His Majesty" or alone.
      {"Budget 2024\n\nSpeech of\nSusan Hartley\nMinister of Finance\n\nJuly 23, 2024\n\nWe "
       "act.\n",
       "susan-hartley|Minister of Finance"},
      {"Speech from the Throne\nMay 27, 2025\n\nHis Majesty King Charles III\nKing of "
       "Canada\n\nHonourable Senators,\nWe act.\n",
       "king-charles|King of Canada"},
      {"Speech from the Throne\nMay 27, 2025\n\nKing Charles III\n\nWe act.\n",
       "king-charles|King"},
      // A role in brackets after the name, with the party's abbreviation (review r1 P9).
      {"Hon. Susan Hartley (Minister of Health, Lib.), House of Commons, October 3, 1997\n\nWe "
       "act.\n",
       "susan-hartley|Minister of Health"},
      // A title line under a name that is not the speaker's gives no role.
      {"Statement\n\nWe met Susan Hartley\nMinister of Finance at noon.\n", "|"},
  };
  for (const auto& [text, want] : rows) {
    Analysis a = analyze_text(text, Date{2025, 3, 4});
    std::string got = "|";
    if (a.speaker) got = a.actors[*a.speaker].id + "|" + a.actors[*a.speaker].role;
    EXPECT_EQ(got, want) << text;
  }
}

// A title line's country is the one the speaker speaks for in this text: the King of
// Canada speaks for Canada, ahead of the lexicon's United Kingdom.
TEST(Actors, TitleLineCountryIsTheSpeakersSide) {
  const std::string text =
      "Speech from the Throne\nMay 27, 2025\n\nHis Majesty King Charles III\nKing of "
      "Canada\n\nThe Government will cut taxes.\n";
  Analysis a = analyze_text(text, Date{2025, 3, 4});
  ASSERT_TRUE(a.speaker.has_value());
  EXPECT_EQ(a.actors[*a.speaker].side, "canada");
}

// In the body, "the <title and its remit>, <name>": the title with its remit is the role;
// a known name or an acronym in it stays a mention of its own.
TEST(Actors, TitleWithARemitBeforeANameIsTheRole) {
  const Row rows[] = {
      {"We thank the Minister for Urban Infrastructure, Paul Fletcher; and others.\n",
       "paul-fletcher person [Minister for Urban Infrastructure] = Paul Fletcher\n"},
      {"The Minister for Health and Aged Care, Greg Hunt, spoke.\n",
       "greg-hunt person [Minister for Health and Aged Care] = Greg Hunt\n"},
      {"The Minister, John, spoke.\n", ""},
      // A name marked as a slip of the tongue is no one's.
      {"I told President Clutin [sic] that the United — Putin — that we stand firm.\n",
       "vladimir-putin person [President] = Putin\n"},
      // A Hansard speaker label: the whole title before the bracketed name is the role.
      {"Budget Speech\n\nThe Deputy Prime Minister and Minister for Finance (Mr Lawrence "
       "Wong)\n\nWe will act.\n",
       "lawrence-wong person [Deputy Prime Minister and Minister for Finance] = Lawrence "
       "Wong\n"},
      {"The Minister for Trade and Industry (Mr Gan Kim Yong): We will act.\n",
       "gan-kim-yong person [Minister for Trade and Industry] = Gan Kim Yong\n"},
      // "Minister Assisting" is a title: no person "Assisting".
      {"The Minister Assisting me on trade spoke.\n", ""},
      // Roads are places by their head word.
      {"The Pacific Highway duplication is done.\n", "pacific-highway place = Pacific Highway\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, SpeakerLabelsInCapitalsWithTitlesAndPostNominals) {
  const Row rows[] = {
      {"Transcript\n\nATTORNEY-GENERAL JOHN SMITH QC: Thank you.\n",
       "john-smith person = JOHN SMITH\n"},
      {"Transcript\n\nPRESIDENTIAL SPOKESPERSON HARRY ROQUE JR.: Good day.\n",
       "harry-roque person = HARRY ROQUE\n"},
      {"Transcript\n\nTHE PRIME MINISTER OF AUSTRALIA: Hello.\n", ""},
      // A heading of a given name and a surname alone on the text's first line.
      {"JOHN SMITH MP\nPRESS CONFERENCE\n2 May 2019\n\nHello.\n",
       "john-smith person = JOHN SMITH\n"},
      {"WHITE HOUSE\nPRESS BRIEFING\n2 May 2019\n\nHello.\n", ""},
      // A doctorate after the name is no part of it.
      {"STATEMENT BY\nHIS EXCELLENCY WILLIAM S. RUTO PHD.,\nPRESIDENT OF THE REPUBLIC\n\nHello.\n",
       "william-s-ruto person = WILLIAM S. RUTO\n"},
      // A signature's name right before the dateline's date stays a person.
      {"Statement\nOf the Office\nOf the\nPrime Minister\nOf the\nRepublic\nOf the\nWest\n79th "
       "Session\n\nAddress By Prime Minister\nSam Reyes 27 September 2024\n\nThank you.\n",
       "sam-reyes person [Prime Minister] = Sam Reyes\n"},
      {"We thank Professor Jane Doe PhD for her work.\n",
       "jane-doe person [Professor] = Jane Doe\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, MentionSentencesAndOrder) {
  std::string text = "We met Ukraine. Then France.\n\nUkraine agreed.\n";
  Analysis a = analyze_text(text);
  ASSERT_EQ(a.actors.size(), 2u);
  EXPECT_EQ(a.actors[0].id, "ukraine");
  ASSERT_EQ(a.actors[0].mentions.size(), 2u);
  EXPECT_EQ(a.actors[0].mentions[0].span, (Span{7, 14}));
  EXPECT_EQ(a.actors[0].mentions[0].sentence, 0u);
  EXPECT_EQ(a.actors[0].mentions[1].sentence, 2u);
  EXPECT_EQ(a.actors[1].id, "france");
}

TEST(Slugify, Names) {
  const std::pair<const char*, const char*> rows[] = {
      {"Coalition of the Willing", "coalition-of-the-willing"},
      {"Her Majesty’s Inspectorate of Constabulary", "her-majestys-inspectorate-of-constabulary"},
      {"Côte d’Ivoire", "cote-divoire"},
      {"Bernard Hogan-Howe", "bernard-hogan-howe"},
      {"  U.S.  ", "u-s"},
      {"G7", "g7"},
      {"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
  };
  for (const auto& [in, want] : rows) EXPECT_EQ(slugify(in), want) << in;
}

// An all-ASCII name takes a fast path; a trailing em dash (a separator that adds nothing
// to the slug) sends the same name through the general one: both must agree.
TEST(Slugify, AsciiFastPathMatchesTheGeneralOne) {
  const char* const names[] = {
      "Coalition of the Willing", "Her Majesty's Treasury", "'Quoted'", "  U.S.  ", "A--B",
      "-Leading and trailing-", "G7 & G20", "O'Brien", "", "'", "x", "UPPER lower 123",
      "Tab\tand\nnewline", "a'b'c", "...", "Ministry of Defence (MoD)",
  };
  for (const char* name : names) {
    const std::string n = name;
    EXPECT_EQ(slugify(n), slugify(n + "\xE2\x80\x94")) << n;
  }
  EXPECT_EQ(slugify("Her Majesty's Treasury"), "her-majestys-treasury");
  EXPECT_EQ(slugify("-Leading and trailing-"), "leading-and-trailing");
}

// Every built-in actor lexicon is valid in the user format.
TEST(ActorLexicon, BuiltInFilesLoadAsUserLexicons) {
  for (const auto& f : data::files()) {
    std::string_view name = f.name;
    bool actor_file = name == "lexicon/actors_countries.tsv" ||
                      name == "lexicon/actors_country_aliases.tsv" ||
                      name == "lexicon/actors_places.tsv" ||
                      name == "lexicon/actors_organizations.tsv" ||
                      name == "lexicon/actors_people.tsv";
    if (!actor_file) continue;
    ActorFinder finder;
    EXPECT_EQ(finder.add_lexicon(f.bytes, name), "");
  }
}

// Every surface form of the built-in lexicons is found as itself, mid-sentence, and
// names its own actor: no form is shadowed by another actor's identical form.
TEST(ActorLexicon, EveryBuiltInFormFindsItsActor) {
  for (const char* file : {"lexicon/actors_countries.tsv", "lexicon/actors_country_aliases.tsv",
                           "lexicon/actors_places.tsv", "lexicon/actors_organizations.tsv",
                           "lexicon/actors_people.tsv"}) {
    data::for_each_tsv_row(data::get(file), [&](auto f, int line) {
      std::vector<std::string> forms = {std::string(f[2])};
      std::string_view rest = f[3];
      while (!rest.empty()) {
        size_t bar = rest.find('|');
        forms.emplace_back(rest.substr(0, bar));
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      }
      // A body listed by a bare name, or by a name bodies of several countries share, is
      // the lexicon's where the text names its country.
      const std::string_view side =
          f.size() >= 6 && f[1] == "organization" ? f[5] : std::string_view();
      std::string where;
      if (side == "united-nations") {
        where = " at the United Nations";
      } else if (!side.empty()) {
        data::for_each_tsv_row(data::get("lexicon/actors_countries.tsv"), [&](auto c, int) {
          if (c[0] == side) where = " in " + std::string(c[2]);
        });
        ASSERT_FALSE(where.empty()) << file << ":" << line << ": side " << side;
      }
      for (const std::string& form : forms) {
        std::string text = "They met " + form + " yesterday" + where + ".\n";
        Analysis a = analyze_text(text);
        bool found = false;
        for (const Actor& act : a.actors) {
          for (const Mention& m : act.mentions) {
            if (act.id == f[0] && m.span == Span{9, static_cast<uint32_t>(9 + form.size())}) found = true;
          }
        }
        EXPECT_TRUE(found) << file << ":" << line << ": form \"" << form << "\" of " << f[0]
                           << "\n" << dump(text, a.actors);
      }
    });
  }
}

// "the Senate" is the US Senate where the text names the US or the speaker speaks for it;
// elsewhere it is the speech's own senate.
TEST(Actors, BodiesListedByABareNameBelongToTheirCountry) {
  const Row rows[] = {
      {"The Senate and the House of Representatives met in Manila.\n",
       "senate organization = Senate\nhouse-of-representatives organization = House of "
       "Representatives\nmanila place = Manila\n"},
      {"The Senate passed the bill. America is watching.\n",
       "us-senate organization = Senate\nunited-states country = America\n"},
      {"The U.S. Senate passed the bill.\n", "us-senate organization = U.S. Senate\n"},
      // The document's country, as for shared names: the one mentioned most, alone at the
      // top; a tie tells none (review r1 A1: a Wisconsin address, a Philippine one).
      {"The Senate voted. Americans watched, and Mexico and Mexicans agreed.\n",
       "senate organization = Senate\nunited-states country = Americans\nmexico country = "
       "Mexico; Mexicans\n"},
      {"Honorable Supreme Court Justices, welcome. The U.S. Environmental Protection Agency "
       "and Mexico spoke.\n",
       "supreme-court organization = Supreme Court\nunited-states country = U.S.\nepa "
       "organization = Environmental Protection Agency\nmexico country = Mexico\n"},
      // A bare name broken by a line, or its head word alone, says no more than the name.
      {"The House of\nRepresentatives met in Manila. The House voted.\n",
       "house-of-representatives organization = House of\nRepresentatives; House\nmanila place "
       "= Manila\n"},
      // A state's General Assembly, unless the text names the United Nations.
      {"The General Assembly will pass the budget.\n",
       "general-assembly organization = General Assembly\n"},
      {"The United Nations must act. The General Assembly will vote.\n",
       "united-nations organization = United Nations\nun-general-assembly organization = "
       "General Assembly\n"},
      // Named for another country, it is that country's.
      {"The Supreme Court of Canada ruled.\n",
       "supreme-court-of-canada organization = Supreme Court of Canada\n"},
      {"The Senate of the Philippines met.\n",
       "senate-of-the-philippines organization = Senate of the Philippines\n"},
      // A regnal number is no surname: "World War II" mentions no pope.
      {"Pope John Paul II spoke after World War II.\n",
       "john-paul-ii person [Pope] = John Paul II\n"},
      // A name that bodies of several countries share ("Reserve Bank") is the one the text
      // names in full, else the one of the speaker's country, else of the country the text
      // names most; with none of these, a body of the bare name.
      {"Thanks to the Governor of the Reserve Bank. South Africa and South Africans will "
       "recover; India will too.\n",
       "south-african-reserve-bank organization = Reserve Bank\nsouth-africa country = South "
       "Africa; South Africans\nindia country = India\n"},
      {"The Reserve Bank of India met. Australians watched. The Reserve Bank cut rates.\n",
       "reserve-bank-of-india organization = Reserve Bank of India; Reserve Bank\naustralia "
       "country = Australians\n"},
      {"Remarks by Prime Minister Anthony Albanese\n\nThe Reserve Bank will decide, as "
       "India and Indians know.\n",
       "anthony-albanese person [Prime Minister] = Anthony Albanese\nreserve-bank-of-australia "
       "organization = Reserve Bank\nindia country = India; Indians\n"},
      {"The Reserve Bank raised rates.\n", "reserve-bank organization = Reserve Bank\n"},
      {"Australia and New Zealand agree. The Reserve Bank raised rates.\n",
       "australia country = Australia\nnew-zealand country = New Zealand\nreserve-bank "
       "organization = Reserve Bank\n"},
      // Initials name a body the lexicon knows as well as one found in the text.
      {"The Reserve Bank of Australia raised rates. The RBA will meet again.\n",
       "reserve-bank-of-australia organization = Reserve Bank of Australia; RBA\n"},
      // Another given name before a known person's surname is another person.
      {"Peter Ryan is with Bob Cameron. Yesterday Cameron spoke.\n",
       "peter-ryan person = Peter Ryan\nbob-cameron person = Bob Cameron; Cameron\n"},
      // Not two letters: "GP" after the Green Party is a doctor.
      {"The Green Party met. We will fund more GP visits.\n",
       "green-party organization = Green Party\n"},
      // A person named by title and surname is the one person of that surname named in
      // full, before or after (a Hansard speaker label); a title longer than a body's name
      // is read as a title.
      {"Dr CHALMERS (Rankin\xE2\x80\x94Treasurer) (12:26): We will act.\n\nJim Chalmers "
       "spoke. Senate President Dominick Ruggerio agreed.\n",
       "jim-chalmers person = CHALMERS; Jim Chalmers\ndominick-ruggerio person [Senate "
       "President] = Dominick Ruggerio\n"},
      // A body's name that starts with another body's is one name.
      {"The United Nations Climate Conference met.\n",
       "united-nations-climate-conference organization = United Nations Climate Conference\n"},
      // "the Organization" of a speech that names the UN (before or after) is the UN.
      {"On the anniversary of the Organization, we subscribed to the Charter of the United "
       "Nations.\n",
       "united-nations organization = Organization; United Nations\n"},
      // Foreign honorifics before a surname.
      {"Signor Mussolini declared war. Monsieur Dupont agreed.\n",
       "benito-mussolini person = Mussolini\ndupont person = Dupont\n"},
      // A battle's or a treaty's name mentions no place.
      {"During the Battle of Britain and after the Treaty of Versailles, Britain fought.\n",
       "united-kingdom country = Britain\n"},
      // A place named after another is a place of its own.
      {"We visited New London and London.\n",
       "new-london place = New London\nlondon place = London\n"},
  };
  check(std::begin(rows), std::end(rows));
}

Document make_doc(std::string text) {
  LoadResult r = load_from_bytes("t.txt", std::move(text), LoadOptions{});
  return std::move(*r.document);
}

TEST(ActorLexicon, UserLexiconAddsActorsAndForms) {
  ActorFinder finder;
  EXPECT_EQ(finder.add_lexicon("# mine\n"
                               "jane-doe\tperson\tJane Doe\tDoe\tCouncil Leader\n"
                               "riverside-trust\torganization\tRiverside Housing Trust\tRHT\n"
                               "united-states\tcountry\tUnited States\tUncle Sam\n",
                               "mine.tsv"),
            "");
  Document doc = make_doc("Doe thanked the RHT and Uncle Sam.\n");
  auto tokens = tokenize(doc.text);
  auto sentences = split_sentences(doc.text, tokens);
  ActorResult r = finder.find(doc, tokens, sentences);
  EXPECT_EQ(dump(doc.text, r.actors),
            "jane-doe person [Council Leader] = Doe\n"
            "riverside-trust organization = RHT\n"
            "united-states country = Uncle Sam\n");
}

// Words not capitalised are skipped by a filter unless a known name starts with such a
// word (first byte, last byte and length): names that do must still be found, whatever
// their first byte, and ordinary lower-case words, hyphenated or not, stay no actor.
TEST(ActorLexicon, NamesStartingWithLowerCaseWordsAreFound) {
  ActorFinder finder;
  EXPECT_EQ(finder.add_lexicon("acme\torganization\teasyAcme\tq Group|\xC3\xBC" "ber Holdings\n",
                               "mine.tsv"),
            "");
  Document doc = make_doc(
      "They met easyAcme, q Group and \xC3\xBC" "ber Holdings; q and easy were no names.\n");
  auto tokens = tokenize(doc.text);
  auto sentences = split_sentences(doc.text, tokens);
  ActorResult r = finder.find(doc, tokens, sentences);
  EXPECT_EQ(dump(doc.text, r.actors),
            "acme organization = easyAcme; q Group; \xC3\xBC" "ber Holdings\n");
  const Row rows[] = {
      {"They met von der Leyen and al Qaeda near the Channel.\n",
       "ursula-von-der-leyen person [President] = von der Leyen\n"
       "al-qaeda organization = al Qaeda\nenglish-channel place = the Channel\n"},
      {"They backed pro-Russian forces and the EU-wide plan.\n", "european-union organization = EU\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// The gazetteer keeps forms as views into the lexicon and splits plain ones without the
// tokenizer: forms must still match as the text is tokenized (apostrophe variants, "St."
// through the tokenizer), the longest form first, an equal form of an earlier actor
// wins, and a later row of the same id adds forms.
TEST(ActorLexicon, UserFormsMatchLongestFirstAndFirstDefinitionWins) {
  ActorFinder finder;
  EXPECT_EQ(finder.add_lexicon("kings-trust\torganization\tKing\xE2\x80\x99s Trust\tKing's Trust Fund\n"
                               "st-ives\tplace\tSt. Ives\t\n"
                               "new-town\tplace\tNew Town\t\n"
                               "new-town-council\torganization\tNew Town Council\t\n"
                               "new-town\tplace\tNew Town\tNewtown\n"
                               "a-one\tplace\tAlpha One\tAO\n"
                               "b-one\tplace\tBeta One\tAO\n",
                               "mine.tsv"),
            "");
  Document doc = make_doc(
      "The King's Trust and the King\xE2\x80\x99s Trust Fund met. We went to St. Ives today. "
      "The New Town Council met in New Town and Newtown. AO agreed.\n");
  auto tokens = tokenize(doc.text);
  auto sentences = split_sentences(doc.text, tokens);
  ActorResult r = finder.find(doc, tokens, sentences);
  EXPECT_EQ(dump(doc.text, r.actors),
            "kings-trust organization = King's Trust; King\xE2\x80\x99s Trust Fund\n"
            "st-ives place = St. Ives\n"
            "new-town-council organization = New Town Council\n"
            "new-town place = New Town; Newtown\n"
            "a-one place = AO\n");
}

// Persons are indexed by surname in each document: two persons with one surname stay
// two, and a surname alone joins the one named most recently.
TEST(Actors, PersonsSharingASurnameStayApart) {
  const Row rows[] = {
      {"Prime Minister Anna Varga met President Peter Varga in Rome.\n\nLater Varga spoke, and "
       "then Anna Varga left. Minister Okafor and Daniel Okafor came.\n",
       "anna-varga person [Prime Minister] = Anna Varga; Anna Varga\n"
       "peter-varga person [President] = Peter Varga; Varga\n"
       "rome place = Rome\n"
       "daniel-okafor person [Minister] = Okafor; Daniel Okafor\n"},
      // A surname alone is this document's person before the lexicon's namesake; the
      // namesake's own title still names the namesake.
      {"Governor John Carney spoke. The Carney family came. Prime Minister Carney came.\n",
       "john-carney person [Governor] = John Carney; Carney\n"
       "mark-carney person [Prime Minister] = Carney\n"},
      // A known person's one word before another name word starts another person's name,
      // whose first name alone then names that person (review r1 A1: "Mandela Barnes").
      {"We thank Lieutenant Governor Mandela Barnes. Last month, Mandela and I traveled.\n",
       "mandela-barnes person [Lieutenant Governor] = Mandela Barnes; Mandela\n"},
      {"Lieutenant Governor Mandela Barnes spoke. Mandela Barnes and I traveled.\n",
       "mandela-barnes person [Lieutenant Governor] = Mandela Barnes; Mandela Barnes\n"},
      // Without a title the run may name a place or a work.
      {"We visited the Lincoln Memorial.\n", "abraham-lincoln person [President] = Lincoln\n"},
      // Not before a known name, a body's head word or a regime word; the lexicon's person
      // when the text named that one.
      {"Nelson Mandela spoke. Senator Mandela Barnes came. Mandela led.\n",
       "nelson-mandela person [President] = Nelson Mandela; Mandela\n"
       "mandela-barnes person [Senator] = Mandela Barnes\n"},
      // A weak title's one-word surname where the phrase ends after it; not a verb's
      // form, nor at a line's start.
      {"We thank him, as well as Representative Takano, who led.\n",
       "takano person [Representative] = Takano\n"},
      {"We issued the General Licenses. We met a Representative Office, too.\n", ""},
      {"We thank the workers at General Electric.\n",
       "general-electric organization = General Electric\n"},
      // Nor before a headline's verb: "Signs".
      {"President Biden Signs Executive Order,\nInclusion.\n",
       "joe-biden person [President] = Biden\n"},
      {"Putin Russia met the Biden Administration.\n",
       "vladimir-putin person [President] = Putin\nrussia country = Russia\n"
       "biden-administration organization = Biden Administration\n"},
      // A name wrapped at a long line's end goes on across the break; a title block's
      // next line does not.
      {"Thank you Speaker Sam Reyes; Vice President Noli de Castro; President Fidel\nRamos; "
       "Senate President Drilon.\n",
       "sam-reyes person [Speaker] = Sam Reyes\nnoli-de-castro person [Vice President] = Noli "
       "de Castro\nfidel-ramos person [President] = Fidel\nRamos\ndrilon person [Senate "
       "President] = Drilon\n"},
      {"Thank you Speaker Sam Reyes; Vice President Noli de Castro; and Sam\nParis, who "
       "came.\n",
       "sam-reyes person [Speaker] = Sam Reyes; Sam\nnoli-de-castro person [Vice President] = "
       "Noli de Castro\nparis place = Paris\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, MiddleInitialsArePartOfTheName) {
  const Row rows[] = {
      {"We met Edward H. McCabe today. Later McCabe left.\n",
       "edward-h-mccabe person = Edward H. McCabe; McCabe\n"},
      {"Senator Mary K. Smith spoke.\n", "mary-k-smith person [Senator] = Mary K. Smith\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(ActorLexicon, MalformedLinesAreReportedWithTheirLocation) {
  const std::pair<const char*, const char*> rows[] = {
      {"# c\nx\tcity\tX\t\n", "bad.tsv:2: unknown type \"city\" (person, country, organization, group or place)"},
      {"Jane Doe\tperson\tJane Doe\t\n", "bad.tsv:1: id must be a lower-case slug such as \"jane-doe\""},
      {"ok\tplace\tOk\t\njane\tperson\n", "bad.tsv:2: expected at least 4 tab-separated columns: id, type, name, forms"},
      {"x\tplace\t\tX\n", "bad.tsv:1: empty canonical name"},
  };
  for (const auto& [bytes, want] : rows) {
    ActorFinder finder;
    EXPECT_EQ(finder.add_lexicon(bytes, "bad.tsv"), want);
  }
}

TEST(Actors, PlacesAfterCuesSpellingVariantsAndDemonymPlurals) {
  const Row rows[] = {
      // An unknown name after "the city of", "the province of" is a place.
      {"We will retake the city of Ramadi.\n", "ramadi place = Ramadi\n"},
      // A place's head word makes the longer name a place ("Panama Canal" is no mention of
      // Panama), also after a given name ("Marina Bay"); alone it names no place.
      {"The Panama Canal and the Mississippi River flooded.\n",
       "panama-canal place = Panama Canal\nmississippi-river place = Mississippi River\n"},
      {"We met at Marina Bay. The Gulf was calm.\n", "marina-bay place = Marina Bay\n"},
      // "my right hon. Friend" is no one's name.
      {"My right hon. Friend the Health Secretary spoke.\n", ""},
      {"The province of Natal changed its name.\n", "natal place = Natal\n"},
      // A known person's given name spelt otherwise is that person.
      {"Sergey Lavrov spoke. Foreign Minister Lavrov left.\n",
       "sergei-lavrov person [Foreign Minister] = Sergey Lavrov; Lavrov\n"},
      // A demonym's plural mentions its place or country.
      {"Kashmiris suffer and Iraqis rebuild.\n", "kashmir place = Kashmiris\niraq country = Iraqis\n"},
      // Titles of several words; acronyms of known bodies.
      {"Lt. Governor Bethany Hall-Long spoke.\n",
       "bethany-hall-long person [Lt. Governor] = Bethany Hall-Long\n"},
      {"The UNGA and the OIC met.\n",
       "un-general-assembly organization = UNGA\n"
       "organisation-of-islamic-cooperation organization = OIC\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, InstrumentsNamedAfterPlacesMentionNoPlace) {
  const Row rows[] = {
      // A name inside a longer name belongs to the longer one: an agreement is no actor.
      {"The Paris Agreement was signed. We flew to Paris.\n", "paris place = Paris\n"},
      {"We will implement the Minsk agreement. The Budapest Memorandum failed.\n", ""},
      {"The Geneva Conventions apply.\n", ""},
      // A round of negotiations named after the city where it opened.
      {"We must complete the Doha Round of trade talks. We met in Doha.\n", "doha place = Doha\n"},
      {"The Doha round failed, as the Uruguay Round did not. Uruguay signed the Singapore "
       "agreement.\n",
       "uruguay country = Uruguay\nsingapore country = Singapore\n"},
      // A prefix before a hyphen: the compound mentions none of its parts, where "US-led"
      // mentions the US.
      {"The Euro-Atlantic area and the Trans-Pacific trade grew.\n", ""},
      {"The US-led coalition acts.\n", "united-states country = US\n"},
      // A demonym that names a language mentions no country; one before a noun does.
      {"I address you in Ukrainian. It is read in all languages: Arabic, Chinese, French and "
       "Spanish. We understand the Russian language.\n",
       ""},
      {"British and French forces sailed in French waters. I spoke in French.\n",
       "united-kingdom country = British\nfrance country = French; French\n"},
      // A US state's residents are a mention of the state.
      {"Idahoans deserve relief. We thank all Rhode Islanders.\n",
       "idaho place = Idahoans\nrhode-island place = Rhode Islanders\n"},
      // A currency's prefix: "US$", "HK$".
      {"We gave US$127 million and HK$3 billion. The US will act.\n",
       "united-states country = US\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Lexicon rows from review A: Canada's Indigenous peoples as groups, bodies known by
// their initials in modifier position ("new RCMP officers").
TEST(Actors, IndigenousPeoplesAndBodiesByInitialsAreKnown) {
  const Row rows[] = {
      // Canada's Indigenous peoples are groups; RCMP and ECOWAS are known bodies.
      {"To the First Nations, Inuit, and Métis Peoples, and all Indigenous Peoples: new RCMP "
       "officers will serve. ECOWAS met.\n",
       "first-nations group = First Nations\ninuit group = Inuit\nmetis group = Métis "
       "Peoples\nindigenous-peoples group = Indigenous Peoples\nroyal-canadian-mounted-police "
       "organization = RCMP\necowas organization = ECOWAS\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// A given name inside a long run of capitals that started two words or more before it
// is a scheme's name (review A): no person. One word before may be a kinship word.
TEST(Actors, GivenNamesInsideLongSchemeNamesAreNoPersons) {
  const Row rows[] = {
      {"Pradhan Mantri Garib Kalyan Anna Yojana was extended.\n", ""},
      {"Grandma Irina Whawhakia Paki was born there.\n",
       "irina-whawhakia-paki person = Irina Whawhakia Paki\n"},
      {"We met Kalyan Anna Smith.\n", "anna-smith person = Anna Smith\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// A name inside a longer name belongs to the longer one (review A, patterns 1 and 2).
// Review r2 P8: what the lexicon's names collide with. An acronym the document defines in
// brackets for words that are no actor; a currency written "US $"; a scheme's name after a
// title; a title's remit; an operation's name.
TEST(Actors, LexiconCollisionsWithDefinedTermsCurrenciesSchemesAndRemits) {
  const Row rows[] = {
      {"We will cut Dependency Ratio Ceilings (DRCs). The Manufacturing DRC falls, as does the "
       "S Pass Sub-DRC.\n",
       ""},
      // Not when the words spell the lexicon's own name.
      {"The Democratic Republic of the Congo (DRC) is at war. The DRC will talk.\n",
       "democratic-republic-of-the-congo country = Democratic Republic of the Congo; DRC; "
       "DRC\n"},
      {"The Islamic State of Iraq and the Levant (ISIL) fled. ISIL lost.\n",
       "islamic-state organization = Islamic State; ISIL; ISIL\niraq country = Iraq\n"},
      {"Exports are US $ 100 billion. The US agreed.\n", "united-states country = US\n"},
      {"Prime Minister Krishi Sampada Yojana is our flagship. Ujjwala Yojana helps.\n", ""},
      {"Prime Minister Gram Sadak Yojana Phase III will include roads.\n", ""},
      {"The Prime Minister Kisan Sampada Fund will pay.\n",
       "kisan-sampada-fund organization = Kisan Sampada Fund\n"},
      {"Yesterday Dr Sam Reyes National Party Conference delegates met.\n",
       "sam-reyes person [Dr] = Sam Reyes\nnational-party-conference organization = National "
       "Party Conference\n"},
      {"We launch Operation Greens. The Greens agreed.\n", "green-party organization = Greens\n"},
      {"Mr President, the Minister for Provincial and Local Government is not here.\n", ""},
      // A remit before a name stays the role.
      {"The Minister for Local Government, Sam Reyes, spoke.\n",
       "sam-reyes person [Minister for Local Government] = Sam Reyes\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, NamesInsideLongerNamesBelongToThem) {
  const Row rows[] = {
      // An ordinary word set aside as a sentence opener starts a body's name after "the".
      {"We met them. From the First Movers Coalition, we heard.\n",
       "first-movers-coalition organization = First Movers Coalition\n"},
      // "Forum" and "Partnership" head a body's name, place and all.
      {"We work with the Pacific Islands Forum.\n",
       "pacific-islands-forum organization = Pacific Islands Forum\n"},
      {"We set up a Partnership for Atlantic Cooperation.\n",
       "partnership-for-atlantic-cooperation organization = Partnership for Atlantic "
       "Cooperation\n"},
      {"It joined the Trans Pacific Partnership and the Land & Water Forum.\n",
       "trans-pacific-partnership organization = Trans Pacific Partnership\nland-water-forum "
       "organization = Land & Water Forum\n"},
      // A body's name that runs on to a treaty's word names the treaty, no actor; after
      // "of" the treaty names the body.
      {"Russia left the Conventional Forces in Europe Treaty.\n", "russia country = Russia\n"},
      {"The Higher Coordinating Committee of the Strategic Framework Agreement met.\n",
       "higher-coordinating-committee-of-the-strategic-framework organization = Higher "
       "Coordinating Committee of the Strategic Framework\n"},
      // "West and Central Africa" names West Africa too, when the lexicon knows it.
      {"Coups in West and Central Africa. North and South Korea met. East and West Germany.\n",
       "west-africa place = West\ncentral-africa place = Central Africa\nnorth-korea country = "
       "North\nsouth-korea country = South Korea\ngermany country = Germany\n"},
      // A coined word before a place or a country makes a programme's name.
      {"Canada is joining ReArm Europe. We fund Stand-Up India. India grows.\n",
       "canada country = Canada\nindia country = India\n"},
  };
  check(std::begin(rows), std::end(rows));
}

}  // namespace
}  // namespace speechscan

namespace speechscan {
namespace {

// Inputs cut short or made of nothing but names, titles and punctuation.
TEST(Actors, DegenerateInputsFindNothingOrStayInside) {
  const char* inputs[] = {"",
                          "\n\n",
                          "President",
                          "Prime Minister",
                          "Thank you, Emmanuel.",
                          "Mr",
                          "(",
                          "Gillard, Julia",
                          "United",
                          "US-",
                          "-US",
                          "Ukraine’",
                          "’s",
                          "The Commission (",
                          "Council of",
                          "of the Willing Coalition of",
                          "President: ",
                          "\xE2\x80\x99\xE2\x80\x99 \xC3",
                          "King King King King King King"};
  for (const char* in : inputs) {
    std::string text = in;
    Analysis a = analyze_text(text);
    for (const Actor& act : a.actors) {
      EXPECT_FALSE(act.id.empty()) << in;
      ASSERT_FALSE(act.mentions.empty()) << in;
      for (const Mention& m : act.mentions) {
        EXPECT_LE(m.span.end, text.size()) << in;
        EXPECT_LT(m.span.start, m.span.end) << in;
      }
    }
    if (a.speaker) {
      EXPECT_LT(*a.speaker, a.actors.size()) << in;
    }
  }
}

// Review actors5 (Clark 1999): "the Employers' Federation" was missed and its lone
// "Federation" went to another body.
TEST(Actors, PluralPossessiveBeforeAHeadWordStaysInTheBodysName) {
  const Row rows[] = {
      {"The Employers\u2019 Federation met the National Farmers' Union. The Federation agreed.\n",
       "employers-federation organization = Employers\u2019 Federation; Federation\n"
       "national-farmers-union organization = National Farmers' Union\n"},
      // No head word after the possessive: no body.
      {"The Ministers' meeting ended. The Members\u2019 Bill passed.\n", ""},
      // A singular's possessive stays out: the country and the body apart.
      {"Canada\u2019s Parliament sat.\n",
       "canada country = Canada\nparliament organization = Parliament\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Review actors5 (Clark 1999): "Industry New Zealand" and "Technology New Zealand" were
// mentions of New Zealand.
TEST(Actors, AFieldsWordBeforeACountrysNameNamesItsAgency) {
  const Row rows[] = {
      {"Statistics Canada reported that Industry New Zealand and Technology New Zealand help.\n",
       "statistics-canada organization = Statistics Canada\n"
       "industry-new-zealand organization = Industry New Zealand\n"
       "technology-new-zealand organization = Technology New Zealand\n"},
      {"Canada and Tourism Australia met. Enterprise Ireland (EI) grew.\n",
       "canada country = Canada\ntourism-australia organization = Tourism Australia\n"
       "enterprise-ireland organization = Enterprise Ireland; EI\n"},
      // Inside a longer name, or before another capitalised word: as before.
      {"Science and Technology New Zealand grew.\n", "new-zealand country = New Zealand\n"},
      {"We invest in Health New Zealand Limited and in New Zealand.\n",
       "new-zealand country = New Zealand\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Review actors5 (Reagan 1987): "South Korea-has" was "Korea" alone; "United
// States-led" and "New Zealand-based" named nothing.
TEST(Actors, ANameOfSeveralWordsBeforeAHyphenIsFound) {
  const Row rows[] = {
      {"A South Korea-based firm joined the United States-led coalition of New Zealand-made "
       "goods and a US-led team.\n",
       "south-korea country = South Korea\nunited-states country = United States; US\n"
       "new-zealand country = New Zealand\n"},
      {"The Republic of Korea--South Korea-has offered.\n",
       "south-korea country = Republic of Korea; South Korea\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Review actors5 (Canada's Throne Speech 2004, Reagan 1987): "Quebec City" was the
// province, "the Brandenburg Gate" the state, "Alexander Platz" a person.
TEST(Actors, SitesAndCitiesNamedAfterAPlaceArePlacesOfTheirOwn) {
  const Row rows[] = {
      {"We visited Quebec City, Kuwait City and New York City.\n",
       "quebec-city place = Quebec City\nkuwait-city place = Kuwait City\n"
       "new-york place = New York City\n"},
      // "City" heads no unknown name, and a name goes on after it.
      {"The Wellington City Mission and Science City help. The Quebec City Council met.\n",
       "quebec-city-council organization = Quebec City Council\n"},
      {"We stood at the Brandenburg Gate near Alexander Platz.\n",
       "brandenburg-gate place = Brandenburg Gate\nalexander-platz place = Alexander Platz\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Review actors5 (Truman 1947, Reagan 1987): lexicon rows.
TEST(Actors, HistoricalNamesCityDemonymsAndTheGeneralSecretary) {
  const Row rows[] = {
      {"General Secretary Gorbachev met Berliners. Adenauer and Khrushchev spoke of Rumania.\n",
       "mikhail-gorbachev person [General Secretary] = Gorbachev\nberlin place = Berliners\n"
       "konrad-adenauer person [Chancellor] = Adenauer\nnikita-khrushchev person = Khrushchev\n"
       "romania country = Rumania\n"},
      {"Chancellor Kohl, Governing Mayor Diepgen, ladies and gentlemen.\n",
       "helmut-kohl person [Chancellor] = Kohl\ndiepgen person [Governing Mayor] = Diepgen\n"},
      {"New Yorkers, Londoners and Muscovites cheered in Saskatoon.\n",
       "new-york place = New Yorkers\nlondon place = Londoners\nmoscow place = Muscovites\n"
       "saskatoon place = Saskatoon\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Review actors5 (Clark 1999): "New Zealand Labour Party" in the header, and in three
// more New Zealand speeches, was New Zealand and the party apart.
TEST(Actors, ACountrysNameBeforeABodyListedWithoutOneIsPartOfItsName) {
  const Row rows[] = {
      {"She joined the New Zealand Labour Party in 1968. Labour won.\n",
       "labour-party organization = New Zealand Labour Party; Labour\n"},
      {"Helen Clark speech\n\nSpeech: New Zealand Labour Party\n\nLabour will win.\n",
       "helen-clark person = Helen Clark\n"
       "labour-party organization = New Zealand Labour Party; Labour\n"},
      {"The New Zealand Parliament and the United States Senate sat.\n",
       "parliament organization = New Zealand Parliament\n"
       "us-senate organization = United States Senate\n"},
      // No head word at the body's end: the country stays.
      {"The Ukraine NATO Commission met.\n",
       "ukraine country = Ukraine\nnato-commission organization = NATO Commission\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Review r4 (Shumlin 2015, Canada's throne speech 1986): surnames coordinated after one
// title, a weak title's plural before a list, and a plural title before a body's head word.
TEST(Actors, SurnamesCoordinatedAfterOneTitleShareIt) {
  const Row rows[] = {
      {"We will work with Senator Sears and Ayer, Representatives Lippert and Pugh, and all.\n",
       "sears person [Senator] = Sears\nayer person [Senator] = Ayer\n"
       "lippert person [Representative] = Lippert\npugh person [Representative] = Pugh\n"},
      {"We thank Senators Brandt and Dorn, and Representatives Lippert and Pugh today.\n",
       "brandt person [Senator] = Brandt\ndorn person [Senator] = Dorn\n"
       "lippert person [Representative] = Lippert\npugh person [Representative] = Pugh\n"},
      // Not a known name, a head word or a full name after "and".
      {"President Obama and Congress met; Senator Sears and Council agreed.\n",
       "barack-obama person [President] = Obama\ncongress organization = Congress\n"
       "sears person [Senator] = Sears\n"},
      {"Representatives Office staff met.\n",
       "representatives-office organization = Representatives Office\n"},
      {"Pursuant to that agreement, a First Ministers Conference will be convened.\n",
       "first-ministers-conference organization = First Ministers Conference\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Review r4 (Canada's throne speech 1986): a peerage's territory is no place, and "the
// Queen Mother" is one person, not "Mother" with the role Queen.
TEST(Actors, PeeragesNameNoPlaceAndTheQueenMotherIsOnePerson) {
  const Row rows[] = {
      {"Their Royal Highnesses, the Prince and Princess of Wales, came, and the Duke and "
       "Duchess of York married. The Prince of Wales spoke in Wales.\n",
       "prince-of-wales person = Prince of Wales\nwales place = Wales\n"},
      {"Prince Harry met the Earl of Wessex and Princess Anne at Duke University.\n",
       "harry person [Prince] = Harry\nearl-of-wessex person = Earl of Wessex\n"
       "anne person [Princess] = Anne\nduke-university organization = Duke University\n"},
      {"I received the visit of Her Majesty the Queen Mother, who charmed us.\n",
       "queen-elizabeth-the-queen-mother person [Queen Mother] = Queen Mother\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Review r4 (Hong Kong 2019, Botswana 2024): the header's office is the speaker's role,
// before the name with a comma and "the Honourable", or after it in place of "Dr.";
// a salutation line gives its title to the name after a comma and "Mr.".
TEST(Actors, TheHeadersOfficeIsTheSpeakersRole) {
  const Row rows[] = {
      {"The 2019-20 Budget: Speech by the Financial Secretary, the Honourable Paul Chan Mo-po, "
       "moving the Second Reading, 27 February 2019\n\nWe will act.\n",
       "paul-chan-mo-po person [Financial Secretary] = Paul Chan Mo-po\n"},
      {"Statement by His Excellency Dr. Mokgweetsi E.K. Masisi, President of the Republic of "
       "Botswana, during the General Debate\n\nWe will act.\n",
       "mokgweetsi-e-k-masisi person [President] = Mokgweetsi E.K. Masisi\n"
       "botswana country = Botswana\n"},
      {"Statement\n\nWe met here.\n\nMr President,\nSecretary General, Mr. Antonia Gutteres\n"
       "Excellencies,\n\nWe met.\n",
       "antonia-gutteres person [Secretary-General] = Antonia Gutteres\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Review r4: well-known bodies, a capital and a region the lexicon lacked.
TEST(Actors, BodiesAndPlacesAddedAfterReviewR4) {
  const Row rows[] = {
      {"Talks under the auspices of the GATT went on in Gaborone.\n",
       "gatt organization = GATT\ngaborone place = Gaborone\n"},
      {"The United Nations Relief and Works Agency for Palestine Refugees in the Near East "
       "(UNRWA) works. UNRWA needs funds.\n",
       "unrwa organization = United Nations Relief and Works Agency for Palestine Refugees in "
       "the Near East; UNRWA; UNRWA\n"},
      {"MSCI, FTSE Russell and the Global Financial Innovation Network watch the Greater Bay "
       "Area and the Landlocked Developing Countries (LLDCs).\n",
       "msci organization = MSCI\nftse-russell organization = FTSE Russell\n"
       "global-financial-innovation-network organization = Global Financial Innovation "
       "Network\ngreater-bay-area place = Greater Bay Area\n"
       "landlocked-developing-countries group = Landlocked Developing Countries; LLDCs\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Review actors7 (UN statements of 2024): a title's variant spelling is reported in the
// table's spelling; a dignity alone is its holder.
TEST(Actors, VariantTitlesAreReportedOneWayAndADignityIsItsHolder) {
  const Row rows[] = {
      {"Yesterday Secretary General Lena Ostrova and Director General Pavel Ruml came.\n",
       "lena-ostrova person [Secretary-General] = Lena Ostrova\n"
       "pavel-ruml person [Director-General] = Pavel Ruml\n"},
      {"We welcomed the Duke of Rothesay, and later the Duke of Rothesay left.\n",
       "duke-of-rothesay person = Duke of Rothesay; Duke of Rothesay\n"},
      // Two dignities, or a body's name that goes on after the territory: no person.
      {"The Duke and Duchess of Kent opened the Prince of Wales Theatre.\n", ""},
  };
  check(std::begin(rows), std::end(rows));
}

// Review actors7: a middle initial that is also a word ("A", "I") stays in the name, and
// so does a surname that is also a given name after a wrapped line; a header's name in
// capitals after an honorific or a title is read in title case and, on
// a byline, is the speaker.
TEST(Actors, InitialsThatAreWordsAndCapitalisedHeaderNames) {
  const Row rows[] = {
      {"Yesterday Maria A. Lindqvist and Governor Tomas I. Varga spoke.\n",
       "maria-a-lindqvist person = Maria A. Lindqvist\n"
       "tomas-i-varga person [Governor] = Tomas I. Varga\n"},
      // A line wrapped after a first name: a given name that follows is the surname.
      {"Before we start, let me also express our warm thanks to Ms. Helena\nFrancis for "
       "her work.\n",
       "helena-francis person = Helena\nFrancis\n"},
      {"STATEMENT\nBY H.E Amb. TOMAS VARGA\n\nWe act with Amb. Rita Holm.\n",
       "tomas-varga person [Ambassador] = TOMAS VARGA\n"
       "rita-holm person [Ambassador] = Rita Holm\n"},
  };
  check(std::begin(rows), std::end(rows));
  struct SpeakerRow {
    const char* text;
    const char* speaker;
  };
  const SpeakerRow speakers[] = {
      {"STATEMENT\nBY H.E Amb. TOMAS VARGA\n\nWe act.\n", "tomas-varga"},
      {"STATEMENT\nH.E. MARIA A. LINDQVIST\nMinister for Trade\n\nWe act.\n", "maria-a-lindqvist"},
      {"Statement by the President of the Republic\nH.E. Tomas Varga\n\nWe act.\n", "tomas-varga"},
  };
  for (const auto& r : speakers) {
    Analysis a = analyze_text(r.text, Date{2025, 3, 4});
    std::string got = a.speaker ? a.actors[*a.speaker].id : "";
    EXPECT_EQ(got, r.speaker) << r.text;
  }
}

// Review actors7: "on the" carries a body's name on when capitalised words and "of"
// follow; not before a lower-case word or without "of".
TEST(Actors, BodyNamesGoOnAfterOnThe) {
  const Row rows[] = {
      {"The Committee on the Protection of Migrant Workers met.\n",
       "committee-on-the-protection-of-migrant-workers organization = Committee on the "
       "Protection of Migrant Workers\n"},
      {"She chairs the Commission on the Limits of the Continental Shelf.\n",
       "commission-on-the-limits-of-the-continental-shelf organization = Commission on the "
       "Limits of the Continental Shelf\n"},
      {"I reported to the Council on the Situation today.\n", "council organization = Council\n"},
      {"We briefed the Commission on the progress of the talks.\n",
       "commission organization = Commission\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Review actors7 (the known gap of review r4): "the Mainland" of a text that names Hong
// Kong, Macao or Taiwan is China; elsewhere, or before a capitalised word, it is not.
TEST(Actors, TheMainlandBesideHongKongIsChina) {
  const Row rows[] = {
      {"Macao trades with the Mainland, and Mainland firms invest here.\n",
       "macao place = Macao\nchina country = Mainland; Mainland\n"},
      {"Taiwan watches the Mainland Affairs Council.\n",
       "taiwan country = Taiwan\nmainland-affairs-council organization = Mainland Affairs "
       "Council\n"},
      {"Kenya and the Mainland will grow together.\n", "kenya country = Kenya\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Review actors7: bodies, a person and places that unseen UN statements named.
TEST(Actors, BodiesPersonsAndPlacesAddedAfterReviewActors7) {
  const Row rows[] = {
      {"The UN Economic and Social Council heard us; ECOSOC then met the World Food Program "
       "and the Group of 77.\n",
       "ecosoc organization = UN Economic and Social Council; ECOSOC\n"
       "wfp organization = World Food Program\ngroup-of-77 organization = Group of 77\n"},
      {"Leaders from Turkiye recalled Stalin, Chernobyl and the Global South.\n",
       "turkey country = Turkiye\njoseph-stalin person = Stalin\n"
       "chernobyl place = Chernobyl\nglobal-south place = Global South\n"},
  };
  check(std::begin(rows), std::end(rows));
}

TEST(Actors, NamesWrappedInNarrowColumnsGoOnAcrossTheBreak) {
  // Three header lines first: the header's title blocks do not wrap.
  const std::string head = "Statement\nNew York\n25 September 2024\n\n";
  const Row rows[] = {
      {"I congratulate Your Excellency Philemon\nYang on your election.\n",
       "philemon-yang person = Philemon\nYang\n"},
      // A known person's surname after that person's first name on a prose line.
      {"I take this opportunity on behalf of H.E. Yoweri Kaguta\nMuseveni, President of "
       "Uganda.\n",
       "yoweri-museveni person [President] = Yoweri Kaguta\nMuseveni\nuganda country = "
       "Uganda\n"},
      // Not after a line without prose, nor before punctuation after one lower-case word.
      {"Hon Sam Reyes\nLondon, 2 May 2019.\n",
       "sam-reyes person = Sam Reyes\nlondon place = "
       "London\n"},
      {"Statement by Sam Reyes\nWellington, today.\n",
       "sam-reyes person = Sam Reyes\nwellington place = Wellington\n"},
  };
  for (const Row& r : rows) {
    const std::string text = head + r.text;
    Analysis a = analyze_text(text, Date{2025, 3, 4});
    std::string got = dump(text, a.actors);
    // The header's place is no part of the row.
    const std::string ny = "new-york place = New York\n";
    if (got.rfind(ny, 0) == 0) got.erase(0, ny.size());
    EXPECT_EQ(got, r.actors) << "text: " << r.text;
  }
}

// UN statements' title blocks in capitals: the office after the name, behind a comma or
// on the next line (over one line break, to a comma, "AT" or the line's end).
TEST(Actors, TheSpeakersOfficeInACapitalsTitleBlock) {
  const std::pair<const char*, const char*> rows[] = {
      {"STATEMENT BY\nHIS EXCELLENCY DR. JULIUS MAADA BIO,\nPRESIDENT OF THE REPUBLIC OF SIERRA "
       "LEONE\nAT\nTHE GENERAL DEBATE\n24 SEPTEMBER 2024\n\nWe act.\n",
       "julius-maada-bio|President of the Republic of Sierra Leone"},
      {"STATEMENT\nBY\nRT. HON. ROBINAH NABBANJA,\nPRIME MINISTER AND LEADER OF GOVERNMENT\n"
       "BUSINESS IN PARLIAMENT\nAT\nHIGH-LEVEL SEGMENT\n27 SEPTEMBER 2024\n\nWe act.\n",
       "robinah-nabbanja|Prime Minister and Leader of Government Business in Parliament"},
      {"STATEMENT BY H.E. MR. SAM REYES, PRESIDENT OF RURITANIA, AT THE GENERAL DEBATE\n(New "
       "York, 25 September 2024)\n\nWe act.\n",
       "sam-reyes|President of Ruritania"},
      {"STATEMENT BY HON. SAM REYES, SC, MP, MINISTER OF FOREIGN AFFAIRS AT THE DEBATE\n25 "
       "September 2024\n\nWe act.\n",
       "sam-reyes|Minister of Foreign Affairs"},
      // Not onto a next line that goes on with other punctuation.
      {"ADDRESS BY H.E. SAM REYES, PRIME MINISTER OF RURITANIA\nUNGA.79\nNEW YORK, 27 "
       "SEPTEMBER 2024\n\nWe act.\n",
       "sam-reyes|Prime Minister of Ruritania"},
      // After "His Excellency Professor" the name is the speaker's; the title line under it
      // replaces the courtesy title.
      {"Session of the General Assembly\nAddress\nHis Excellency Professor Muhammad Yunus\n"
       "Chief Adviser\nGovernment of Bangladesh\nNew York, 27 September 2024\n\nWe act.\n",
       "muhammad-yunus|Chief Adviser"},
      // A mission's letterhead names a body after "THE", no person: the speaker is below.
      {"PERMANENT MISSION OF RURITANIA TO\nTHE UNITED NATIONS\nNew York\n\nH.E. Dr. Ann "
       "Reyes\nPresident of Ruritania\n25 September 2024\n\nWe act.\n",
       "ann-reyes|President of Ruritania"},
      {"THE UNITED NATIONS\nNew York\n\nWe act.\n", "|"},
  };
  for (const auto& [text, want] : rows) {
    Analysis a = analyze_text(text, Date{2025, 3, 4});
    std::string got = "|";
    if (a.speaker) got = a.actors[*a.speaker].id + "|" + a.actors[*a.speaker].role;
    EXPECT_EQ(got, want) << text;
  }
}

// Review actors8: peoples as groups, "Congo" in its common forms, regions of conflicts.
TEST(Actors, PeoplesCongoAndRegionsAddedAfterReviewActors8) {
  const Row rows[] = {
      {"The Rohingyas fled Rakhine State; the Tutsi and the Kurds suffered.\n",
       "rohingya group = Rohingyas\nrakhine place = Rakhine State\ntutsi group = Tutsi\n"
       "kurds group = Kurds\n"},
      {"As Mongols, we honour our Mongolian heritage.\n",
       "mongols group = Mongols\nmongolia country = Mongolian\n"},
      {"From Bosnia to Congo, and in the Democratic Republic of Congo, peace holds.\n",
       "bosnia-and-herzegovina country = Bosnia\ndemocratic-republic-of-the-congo country = "
       "Congo; Democratic Republic of Congo\n"},
      {"The Republic of Congo protects the Congo Basin. Peace in the Middle-East.\n",
       "republic-of-the-congo country = Republic of Congo\ncongo-basin place = Congo Basin\n"
       "middle-east place = Middle-East\n"},
      {"The International Development Association (IDA) and the AfCFTA help; IDA lends.\n",
       "international-development-association organization = International Development "
       "Association; IDA; IDA\nafcfta organization = AfCFTA\n"},
      // Faiths by their plural only.
      {"Muslims and Christians met; Muslim countries spoke.\n",
       "muslims group = Muslims\nchristians group = Christians\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Regional communities, UN agencies and missions, development banks: an acronym and its
// full name are one actor.
TEST(Actors, RegionalBodiesAgenciesAndMissionsJoinTheirAcronyms) {
  const Row rows[] = {
      {"The Southern African Development Community met. SADC will act.\n",
       "sadc organization = Southern African Development Community; SADC\n"},
      {"UNDP and the UN Environment Programme (UNEP) help; MONUSCO stays.\n",
       "undp organization = UNDP\nunep organization = UN Environment Programme; UNEP\n"
       "monusco organization = MONUSCO\n"},
      {"The Asian Development Bank and the Green Climate Fund lend; the ADB pays.\n",
       "asian-development-bank organization = Asian Development Bank; ADB\n"
       "green-climate-fund organization = Green Climate Fund\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Given names of leaders from many countries read a name as a person's; a street's head
// word makes the name a place, a given name before it or not.
TEST(Actors, MoreGivenNamesAndStreetHeads) {
  const Row rows[] = {
      {"We honour Arvid Pardo and Kofi Mensah.\n",
       "arvid-pardo person = Arvid Pardo\nkofi-mensah person = Kofi Mensah\n"},
      {"Our mission is at One Dag Hammarskjold Plaza, near Lexington Avenue.\n",
       "dag-hammarskjold-plaza place = Dag Hammarskjold Plaza\nlexington-avenue place = "
       "Lexington Avenue\n"},
      // A transport corridor is a place; capitals the lexicon lists.
      {"I visited Arlington National Cemetery on Memorial Day.\n",
       "arlington-national-cemetery place = Arlington National Cemetery\n"},
      {"We met at Washington National Cathedral and at Arlington National Cemetery.\n",
       "washington-national-cathedral place = Washington National Cathedral\n"
       "arlington-national-cemetery place = Arlington National Cemetery\n"},
      {"The Lobito Corridor links Luanda and Lusaka.\n",
       "lobito-corridor place = Lobito Corridor\nluanda place = Luanda\nlusaka place = Lusaka\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// A debate's "Honourable Member" before a name of two words is a title (role Member), as
// "Honourable Minister" is; the name said again later after "Hon." is one mention.
TEST(Actors, HonourableMembersOfADebate) {
  const Row rows[] = {
      {"Our next speaker is the Honourable Member Paora Teiti. We thank Hon. Paora Teiti.\n",
       "paora-teiti person [Member] = Paora Teiti; Paora Teiti\n"},
      {"We thank the Honourable Member for his words.\n", ""},
      // A label of an honorific, initials and a surname in capitals: the person of that
      // surname named before; none named, no one.
      {"Our next speaker is the Honourable Member Paora Teiti.\n\nMR P. TEITI: Thank you.\n\nMS. "
       "REYES: Thank you.\n",
       "paora-teiti person [Member] = Paora Teiti; TEITI\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// A person's name in capitals, whole or its surname only, is reported in title case;
// initials and roman numerals stay.
TEST(Actors, NamesInCapitalsAreReportedInTitleCase) {
  struct NameRow {
    const char* text;
    const char* name;
  };
  const NameRow rows[] = {
      {"Statement by H.E. Mr. Sonexay SIPHANDONE, Prime Minister\n\nWe act.\n",
       "Sonexay Siphandone"},
      {"STATEMENT BY H.E. MR. SAMUEL O'BRIEN, PRESIDENT OF RURITANIA\n\nWe act.\n",
       "Samuel O'Brien"},
      {"We thank Mr Samuel E.K. Okafor today.\n", "Samuel E.K. Okafor"},
  };
  for (const auto& r : rows) {
    Analysis a = analyze_text(r.text, Date{2025, 3, 4});
    ASSERT_FALSE(a.actors.empty()) << r.text;
    EXPECT_EQ(a.actors[0].name, r.name) << r.text;
  }
}

// "Your Excellency, Philemon Yang, President of ...": the name set off by commas after
// the salutation is the person addressed; not a list of words that goes on.
TEST(Actors, ANameSetOffAfterASalutation) {
  const Row rows[] = {
      {"Your Excellency, Philemon Yang, President of the Assembly,\nExcellencies,\n",
       "philemon-yang person [President] = Philemon Yang\nassembly organization = Assembly\n"},
      {"Your Excellency, Ruritania Stands Firm in this hall.\n", ""},
  };
  check(std::begin(rows), std::end(rows));
}

// A run of capitalised words right before an instrument's word names the instrument: no
// person (the guide: a name inside a longer name belongs to the longer one).
TEST(Actors, ARunBeforeAnInstrumentsWordNamesNoPerson) {
  const Row rows[] = {
      {"Both agreed to set the 1991 Alma Ata Declaration as the principle.\n", ""},
      {"We signed the Alma Ata\nDeclaration in 1991.\n", ""},
      // A person named before the word of another clause stays one.
      {"We thank Alma Reyes. Declarations followed.\n", "alma-reyes person = Alma Reyes\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// "INC-5", "SIDS-4": initials with a session's number name the session, no body.
TEST(Actors, InitialsWithASessionsNumberNameNoBody) {
  const Row rows[] = {
      {"The INC-5 talks met at the SIDS-4 conference.\n", ""},
      {"The G-20 and US-led talks went on; the INC won.\n",
       "g20 organization = G-20\nunited-states country = US\n"
       "indian-national-congress organization = INC\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// A transcript's label of a title and a surname in capitals is a mention of the one
// person of that surname named before; "THE" and a title, of the speaker when it is their
// role, else of the one person with it (none of two). A label is no evidence for a first
// name alone in its turn.
TEST(Actors, SpeakerLabelsOfATitleAndASurname) {
  const Row rows[] = {
      {"Remarks by President Sam Reyes and Prime Minister Ann Okafor\n\nPRESIDENT REYES: "
       "Welcome.\n\nPRIME MINISTER OKAFOR: Thank you.\n\nTHE PRESIDENT: Good.\n\nPRESIDENT "
       "SMITH: No.\n",
       "sam-reyes person [President] = Sam Reyes; REYES; PRESIDENT\n"
       "ann-okafor person [Prime Minister] = Ann Okafor; OKAFOR\n"},
      {"Remarks by Vice President Ann Okafor\n\nWe honour Vice President Sam Reyes.\n\nTHE "
       "VICE PRESIDENT: Good.\n",
       "ann-okafor person [Vice President] = Ann Okafor; VICE PRESIDENT\n"
       "sam-reyes person [Vice President] = Sam Reyes\n"},
      {"Notes\n\nWe honour Vice President Ann Okafor and Vice President Sam Reyes.\n\nTHE VICE "
       "PRESIDENT: Good.\n",
       "ann-okafor person [Vice President] = Ann Okafor\n"
       "sam-reyes person [Vice President] = Sam Reyes\n"},
      {"Remarks by President Sam Reyes\n\nI met Senator Sam Okafor.\n\nPRESIDENT REYES: I told "
       "Sam we agree.\n",
       "sam-reyes person [President] = Sam Reyes; REYES\n"
       "sam-okafor person [Senator] = Sam Okafor; Sam\n"},
  };
  check(std::begin(rows), std::end(rows));
}

// Session 27: "Messrs" before a list of names; a country's presidency of a known body
// ("the Brazilian Presidency of the G20") mentions both, an instrument's name before "of"
// neither its place; "Against" inside a body's name; a head word that the document took
// alone for a body names it as a noun's modifier; lexicon rows.
TEST(Actors, MessrsPresidenciesOfBodiesAndHeadWordsAsModifiers) {
  const Row rows[] = {
      {"The tunnels, which Messrs Rack and Swoboda have referred to, are grave.\n",
       "rack person = Rack\nswoboda person = Swoboda\n"},
      {"We thank Messrs Rack today.\n", ""},
      {"It was proposed by the Brazilian Presidency of the G20.\n",
       "brazil country = Brazilian\ng20 organization = G20\n"},
      {"States should ratify the Rome Statute of the International Criminal Court.\n",
       "international-criminal-court organization = International Criminal Court\n"},
      {"We met at the New York Stock Exchange.\n", ""},
      // A person's name after a country is no longer name: both are actors.
      {"We thank our Ambassador to France Mark Libby for this.\n",
       "france country = France\nmark-libby person = Mark Libby\n"},
      {"We thank the Ambassador to the United Kingdom Anne Smith.\n",
       "united-kingdom country = United Kingdom\nanne-smith person = Anne Smith\n"},
      // Lexicon rows: another spelling of a body's name.
      {"The Israeli Defense Forces met the IDF.\n",
       "idf organization = Israeli Defense Forces; IDF\n"},
      {"We met at the New Zealand Grace Smith Foundation.\n",
       "new-zealand-grace-smith-foundation organization = New Zealand Grace Smith Foundation\n"},
      {"We welcome the Global Alliance Against Hunger and Poverty.\n",
       "global-alliance-against-hunger-and-poverty organization = Global Alliance Against Hunger "
       "and Poverty\n"},
      {"The Council met. A Council regulation must be observed.\n",
       "council organization = Council; Council\n"},
      {"A Council regulation must be observed.\n", ""},
      // A language's name as the subject of "is" with a language as its complement.
      {"Today Portuguese is an official and working language of many bodies.\n", ""},
      {"We know Russian is a threat.\n", "russia country = Russian\n"},
      // "this Assembly" of a speech that names the United Nations and no assembly.
      {"The United Nations must act, and this Assembly must lead.\n",
       "united-nations organization = United Nations\nun-general-assembly organization = "
       "Assembly\n"},
      {"We thank this Assembly for its work.\n", "assembly organization = Assembly\n"},
      // A given name that is also a word, mid-sentence before a name word; not at a
      // sentence's start, nor before a place's head word.
      {"In 1867, San Francisco elected Frank McCoppin of County Longford.\n",
       "san-francisco place = San Francisco\nfrank-mccoppin person = Frank McCoppin\n"
       "county-longford place = County Longford\n"},
      // A title split by a hyphen at a line's end.
      {"Thank you.\n\nWe welcome the work of Secretary-\nGeneral Guterres today.\n",
       "antonio-guterres person [Secretary-General] = Guterres\n"},
      {"We landed at Dover Air Force Base and Ramstein Air Base.\n",
       "dover-air-force-base place = Dover Air Force Base\nramstein-air-base place = Ramstein Air "
       "Base\n"},
      {"Frank Talks began in the Rose Garden. We met on Hope Street today.\n",
       "rose-garden place = Rose Garden\nhope-street place = Hope Street\n"},
      {"---\ntitle: \"Remarks by First Lady Jill Biden at the Betty Ford\\\n  \\ Forever Stamp "
       "Unveiling\"\n---\n\nWe act.\n",
       "jill-biden person = Jill Biden\nbetty-ford person = Betty Ford\n"},
      {"He was shot down in New Guinea. She came from Co. Cork to Sacramento. Sao Tomé and "
       "Principe signed. We welcome Taoiseach Leo Varadkar.\n",
       "new-guinea place = New Guinea\ncounty-cork place = Co. Cork\nsacramento place = "
       "Sacramento\nsao-tome-and-principe country = Sao Tomé and Principe\nleo-varadkar person "
       "[Taoiseach] = Leo Varadkar\n"},
  };
  check(std::begin(rows), std::end(rows));
}

}  // namespace
}  // namespace speechscan
