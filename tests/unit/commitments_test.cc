// Commitments: table-driven over sentences written from spec/annotation-guide.md
// ("Commitments"): commitments and the near-misses the guide tells apart from them.
#include "speechscan/commitments.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "speechscan/analysis.h"
#include "speechscan/document.h"

namespace speechscan {
namespace {

constexpr Date kDate{2026, 3, 2};

std::string text_of(const Analysis& a, const std::optional<Span>& s) {
  if (!s) return "-";
  return std::string(slice(a.doc.text, *s));
}

// One commitment as "actor_text|modality|action|strength|polarity|condition|rule".
std::string dump(const Analysis& a, const Commitment& c) {
  std::string out = text_of(a, c.actor_text);
  out += "|" + std::string(c.modality) + "|" + c.action + "|" + strength_name(c.strength) + "|" +
         polarity_name(c.polarity) + "|" + text_of(a, c.condition) + "|" + std::string(c.rule);
  return out;
}

// Every commitment of `text`, one dump per commitment, joined with " ; ".
std::string dump_all(std::string_view text) {
  Analysis a = analyze_text(text, kDate);
  std::string out;
  for (const Commitment& c : a.commitments) {
    if (!out.empty()) out += " ; ";
    out += dump(a, c);
  }
  return out;
}

// The ids of every commitment's actors, in order, each followed by a space.
std::string committing_ids(const std::string& text) {
  Analysis a = analyze_text(text, kDate);
  std::string out;
  for (const Commitment& c : a.commitments)
    for (uint32_t i : c.actors) out += a.actors[i].id + " ";
  return out;
}

// The object of the one commitment of `text`, or how many commitments it has.
std::string only_object(std::string_view text) {
  Analysis a = analyze_text(text, kDate);
  if (a.commitments.size() != 1) return "commitments: " + std::to_string(a.commitments.size());
  return text_of(a, a.commitments[0].object);
}

struct Row {
  std::string_view text;
  std::string_view want;  // "" for a near-miss
};

void check_rows(const Row* rows, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    EXPECT_EQ(dump_all(rows[i].text), rows[i].want) << "row " << i << ": " << rows[i].text;
  }
}

TEST(Commitments, FutureUndertakings) {
  static constexpr Row kRows[] = {
      // A comparative adverb of two words between the modal and the verb.
      {"We will more than double the number of officers.",
       "We|will|double|firm|positive|-|modal-will"},
      {"We are committed as a government to backing the police.",
       "We|commit|back|firm|positive|-|committed-to"},
      {"We will more widely utilise the relief grant.",
       "We|will|utilise|firm|positive|-|modal-will"},
      // An emphatic reflexive between the subject and the modal.
      {"On key issues, I myself will hold press briefings.",
       "I|will|hold|firm|positive|-|modal-will"},
      // "will be committed to" undertakes the verb after "to"; a government the side forms
      // is the subject across its relative clause, another's is not.
      {"The government which I am nominating will be committed to working together.",
       "government|will|work|firm|positive|-|modal-will"},
      {"We will be committed to working together.", "We|will|work|firm|positive|-|modal-will"},
      {"The government which they lead will fall.", ""},
      // The same without the relative pronoun, perhaps with a party's name on the body.
      {"A Government I lead will continue to invest in health.",
       "Government|will|continue|firm|positive|-|modal-will"},
      {"A National government I lead will turn the economy around.",
       "government|will|turn|firm|positive|-|modal-will"},
      {"The government they lead will fall.", ""},
      // The side's office holders across a relative clause with "who"; not others.
      {"The Ministers who are responsible for an outcome will sign a delivery agreement.",
       "Ministers|will|sign|firm|positive|-|modal-will"},
      {"The people who voted for them will sign a petition.", ""},
      // A state to have and an arrival foretold are no acts.
      {"We'll have a stronger stock market.", ""},
      {"Slowly but surely, we will get there.", ""},
      {"We will have a new hospital in every region.", "We|will|have|firm|positive|-|modal-will"},
      // What the side has decided will happen, without an agent of its own; not what
      // others decided.
      {"I have decided that the increase will not take effect this year.",
       "the increase|will|take|firm|negative|-|decided-will"},
      {"They have decided that the increase will not take effect this year.", ""},
      // What the side's own intention or commitment says will happen; not another's.
      {"It is our intention that every child will have a place in a nursery.",
       "every child|will|have|intent|positive|-|nominal-that"},
      {"Our commitment is that no family will be left without heat.",
       "no family|will|leave|firm|positive|-|nominal-that"},
      {"It is the Government's firm intention that the new rules will apply from April.",
       "the new rules|will|apply|intent|positive|-|nominal-that"},
      {"It is their intention that every child will have a place in a nursery.", ""},
      // A target the side sets itself, with "of" and a gerund or "to"; not a past one.
      {"We have set ourselves the target of building 300,000 homes a year.",
       "We|target|build|intent|positive|-|nominal-commitment"},
      {"I have set a goal to end rough sleeping.",
       "I|goal|end|intent|positive|-|nominal-commitment"},
      {"Our goal of reaching net zero is unchanged.",
       "Our|goal|reach|intent|positive|-|nominal-commitment"},
      {"In 2010 we set a target of halving poverty.", ""},
      {"They have set themselves the target of building more roads.", ""},
      {"The rumour that every child will have a place in a nursery is false.", ""},
      // A fronted phrase after "And", "But" or "So" is no relative clause's head.
      {"But in the first year we will build 100 affordable houses.",
       "we|will|build|firm|positive|-|modal-will"},
      {"And in their place we are going to build new homes.",
       "we|going to|build|firm|positive|-|going-to"},
      // A report promised for a later day is an undertaking, not a part of the speech.
      {"I will give an update to the House next week.", "I|will|give|firm|positive|-|modal-will"},
      {"We will establish a new training centre in the north.",
       "We|will|establish|firm|positive|-|modal-will"},
      {"We shall defend every inch of our territory.",
       "We|shall|defend|firm|positive|-|modal-shall"},
      {"I will introduce the bill before the summer recess.",
       "I|will|introduce|firm|positive|-|modal-will"},
      {"We will also continue to step up our support to the region.",
       "We|will|continue|firm|positive|-|modal-will"},
      {"We are going to build three hundred thousand homes a year.",
       "We|going to|build|firm|positive|-|going-to"},
      {"We are going to be building new homes.", "We|going to|build|firm|positive|-|going-to"},
      {"We pledge to cut waiting lists by half.", "We|pledge|cut|firm|positive|-|verb-pledge"},
      // A pledge to someone with a clause and no "that": the clause is the undertaking.
      {"I pledge to you I will spend the coming weeks uniting our party.",
       "I|will|spend|firm|positive|-|modal-will"},
      {"I promise you we will cut taxes.", "we|will|cut|firm|positive|-|modal-will"},
      // Not a speech act with another object.
      {"I will ask Parliament to approve the plan.", "I|will|ask|firm|positive|-|modal-will"},
      {"I promise to protect the pension triple lock.",
       "I|promise|protect|firm|positive|-|verb-promise"},
      {"We commit to doubling our aid budget.", "We|commit|double|firm|positive|-|verb-commit"},
      {"We are committed to supporting our farmers.",
       "We|commit|support|firm|positive|-|committed-to"},
      {"We remain committed to the peace process.",
       "We|commit|commit|firm|positive|-|committed-to"},
      {"We remain determined to bring the perpetrators to justice.",
       "We|determined|bring|firm|positive|-|determined-to"},
      {"We vow to rebuild every school that was destroyed.",
       "We|vow|rebuild|firm|positive|-|verb-vow"},
      {"The government will bring forward legislation to protect renters.",
       "The government|will|bring|firm|positive|-|modal-will"},
      {"The Treasury Department will publish new guidance for exporters.",
       "The Treasury Department|will|publish|firm|positive|-|modal-will"},
      // A minister named by office alone speaks for the government.
      {"The Foreign Secretary will travel to Washington next week.",
       "The Foreign Secretary|will|travel|firm|positive|-|modal-will"},
      {"Ministers will provide the detail in their speeches.",
       "Ministers|will|provide|firm|positive|-|modal-will"},
      {"Our troops will be home by Christmas.", "Our troops|will|be|firm|positive|-|modal-will"},
      {"My Special Envoy will visit the region next month.",
       "My Special Envoy|will|visit|firm|positive|-|modal-will"},
      {"The rest of our troops will come home by the end of the year.",
       "The rest of our troops|will|come|firm|positive|-|modal-will"},
      {"We will significantly reduce the threat.", "We|will|reduce|firm|positive|-|modal-will"},
      {"We will certainly act.", "We|will|act|firm|positive|-|modal-will"},
      // A will-clause after "and" shares the first-person subject before it.
      {"We have worked hard and will continue to do so.",
       "We|will|continue|firm|positive|-|modal-will"},
      {"I am engaged with the bank and will provide the assurances.",
       "I|will|provide|firm|positive|-|modal-will"},
      {"We must, and will, get to the bottom of the failure.",
       "We|will|get|firm|positive|-|modal-will"},
      {"They attacked and will attack again.", ""},
      // Another clause's will-clause in between: its subject, not "I".
      {"I expect the Council will share this view and will ensure that it works.", ""},
      // After "committed to", a word the verb lexicon does not know is a noun's.
      {"We are committed to global solidarity.", "We|commit|commit|firm|positive|-|committed-to"},
      // A phrase inserted after the modal.
      {"The Government will, as an immediate priority, deliver a tax cut.",
       "The Government|will|deliver|firm|positive|-|modal-will"},
      // A commitment to a noun phrase, reaffirmed; no verb made of the noun.
      {"I reaffirm our commitment to the Paris Agreement.",
       "our|commitment|commit|firm|positive|-|nominal-commitment"},
      {"Our commitment to peace is old.", ""},
      // "find" with an object is an act; "find that" a perception.
      {"We will find innovative solutions.", "We|will|find|firm|positive|-|modal-will"},
      {"You will find that we agree.", ""},
      // Beginning by an act is no speech act: "I will start by removing costs".
      {"I will start by removing unnecessary costs.", "I|will|start|firm|positive|-|modal-will"},
      // "no longer" negates.
      {"We will no longer accept this.", "We|will|accept|firm|negative|-|modal-will"},
      // Agentless passives of government acts.
      {"The levy will be cancelled.", "The levy|will|cancel|firm|positive|-|passive-will"},
      {"The reforms will be carried out.", "The reforms|will|carry|firm|positive|-|passive-will"},
      {"Computerization of the system will be speeded up.",
       "Computerization of the system|will|speed|firm|positive|-|passive-will"},
      {"Eighty thousand houses will be completed for the beneficiaries.",
       "Eighty thousand houses|will|complete|firm|positive|-|passive-will"},
      {"A master plan for expressways will be formulated.",
       "A master plan for expressways|will|formulate|firm|positive|-|passive-will"},
      // A year inside a name is no time of the commitment.
      {"We will implement the 2030 Agenda.", "We|will|implement|firm|positive|-|modal-will"},
      // A concessive clause still states the side's course.
      {"While we will not stay in the region, we will fund the schools.",
       "we|will|stay|firm|negative|-|modal-will ; we|will|fund|firm|positive|-|modal-will"},
      // A condition ends where ", but" opens another clause.
      {"We will seek a solution until the last possible moment, but we must face facts.",
       "We|will|seek|conditional|positive|until the last possible moment|modal-will"},
      // "until the end" says how long, not on what condition.
      {"We will fight for it until the end.", "We|will|fight|firm|positive|-|modal-will"},
      {"We will stand with them until victory.", "We|will|stand|firm|positive|-|modal-will"},
      // An intent verb lowers a promise, not a refusal.
      {"We will seek a new partnership.", "We|will|seek|intent|positive|-|modal-will"},
      {"We will not seek an understanding with the terrorists.",
       "We|will|seek|firm|negative|-|modal-will"},
      // A fronted phrase before the subject, with or without a comma; a noun that a
      // relative clause without a pronoun qualifies is no subject.
      {"On this side we will build roads.", "we|will|build|firm|positive|-|modal-will"},
      {"Now, on this side of the chamber we are determined to build a strong economy.",
       "we|determined|build|firm|positive|-|determined-to"},
      {"For the nation we will build, it is good.", ""},
      {"This is the nation we will build.", ""},
      {"In the plan we will publish next week, we set out the costs.", ""},
      // A period of an institution's calendar after "this" or "next" dates the clause; the
      // same noun after "the" heads a relative clause.
      {"This session we will pass the bill.", "we|will|pass|firm|positive|-|modal-will"},
      {"Next term we will build homes.", "we|will|build|firm|positive|-|modal-will"},
      {"The term we will serve is a long one.", ""},
      // Each item of a list after semicolons shares the subject and the modal; a comma
      // list under one modal is one commitment.
      {"We will increase our support; reinforce our defence; and deepen our partnerships.",
       "We|will|increase|firm|positive|-|modal-will ; We|will|reinforce|firm|positive|-|modal-will"
       " ; We|will|deepen|firm|positive|-|modal-will"},
      {"We will cut taxes, build homes and fix the roads.",
       "We|will|cut|firm|positive|-|modal-will"},
      {"We will cut taxes; they will build homes.", "We|will|cut|firm|positive|-|modal-will"},
      // A relative clause after "all"/"everything" undertakes nothing; "you all that" is a
      // that-clause.
      {"It is the cornerstone of all that we hope to accomplish in this century.", ""},
      {"Everything that we will do is for you.", ""},
      {"I can tell you all that we will act.", "we|will|act|firm|positive|-|modal-will"},
      // A when-clause that holds a time tells when; one without a time is a condition.
      {"When I sit down with the Cabinet next week, we will set out the plan.",
       "we|will|set|firm|positive|-|modal-will"},
      {"When the war ends, we will rebuild.",
       "we|will|rebuild|conditional|positive|When the war ends|modal-will"},
      // "when it comes to" names a topic, not a condition.
      {"We will act decisively when it comes to climate finance.",
       "We|will|act|firm|positive|-|modal-will"},
      // "when needed" is no condition.
      {"We will act when needed.", "We|will|act|firm|positive|-|modal-will"},
      // The briefing's own business is no undertaking; the same verbs elsewhere are.
      {"I'm not going to get ahead of the President's conversation.", ""},
      {"I won't go beyond that.", ""},
      {"Okay, we'll take a couple of questions each.", ""},
      {"We'll let them speak for their decision.", ""},
      {"I'll get back to you on that.", ""},
      {"We will get ahead of the virus.", "We|will|get|firm|positive|-|modal-will"},
      {"We will take over the coordination.", "We|will|take|firm|positive|-|modal-will"},
      // A year inside the subject's noun phrase does not cut it.
      {"My Fiscal Year 2027 budget proposal will include a pay raise.",
       "My Fiscal Year 2027 budget proposal|will|include|firm|positive|-|modal-will"},
      // A parenthetical between the cue and its "to".
      {"We have committed, as a priority, to develop a national strategy.",
       "We|commit|develop|firm|positive|-|verb-commit"},
      {"We are determined, as always, to win the vote.",
       "We|determined|win|firm|positive|-|determined-to"},
      // Ongoing policy of "my/our government" too.
      {"My administration is working with the Congress to quadruple finance by 2030.",
       "My administration|present|work|intent|positive|-|present-ongoing"},
      {"My government is strong in 2030.", ""},
      // Ongoing policy with a time to come; without one, nothing.
      {"We are working to achieve net zero by 2050.",
       "We|present|work|intent|positive|-|present-ongoing"},
      {"We are increasing staffing levels.", ""},
      {"We are hiring more police over the next three years.",
       "We|present|hire|intent|positive|-|present-ongoing"},
      {"We have been hiring police over the last three years.", ""},
      {"We are building homes, as we did last year.", ""},
      // A how-clause after "is" states the speaker's point, as a why-clause does.
      {"That is how we will stop the boats.", "we|will|stop|firm|positive|-|modal-will"},
      // A perfect in a when-clause looks ahead: a condition.
      {"When we have stopped the boats, we will introduce a cap.",
       "we|will|introduce|conditional|positive|When we have stopped the boats|modal-will"},
      // A present passive looks ahead too; the condition ends before the speaker's role.
      {"When the GST is raised, I will enhance the voucher scheme.",
       "I|will|enhance|conditional|positive|When the GST is raised|modal-will"},
      {"And when Congress passes a bill, as president of the United States, I will sign it.",
       "I|will|sign|conditional|positive|when Congress passes a bill|modal-will"},
      // "provided" as a participle after a noun is no condition; with a clause it is one.
      {"We will strengthen supports provided to families.",
       "We|will|strengthen|firm|positive|-|modal-will"},
      {"We will fund schools provided the states agree.",
       "We|will|fund|conditional|positive|provided the states agree|modal-will"},
      // A past when-clause tells a time, not a condition.
      {"When I ran for office in 2016, I pledged to fix the roads.",
       "I|pledge|fix|firm|positive|-|verb-pledge"},
      {"When we win, we will fix the roads.",
       "we|will|fix|conditional|positive|When we win|modal-will"},
      // An inverted condition opens the sentence: "Should ..."; not "we should".
      {"Should events take a turn for the worse, we will act decisively.",
       "we|will|act|conditional|positive|Should events take a turn for the worse|modal-will"},
      {"But should the need arise, we will deploy more troops.",
       "we|will|deploy|conditional|positive|should the need arise|modal-will"},
      {"We should act now, and we will act.", "we|will|act|firm|positive|-|modal-will"},
      // Readiness after "will be": the verb after "to", at most intent.
      {"We will be ready to act decisively.", "We|will|act|intent|positive|-|modal-will"},
      {"We will be prepared to act.", "We|will|act|intent|positive|-|modal-will"},
      {"We will be willing to talk.", "We|will|talk|intent|positive|-|modal-will"},
      // "even if" concedes, it does not condition; an adverb inside the verb group.
      {"Even if we start from scratch, we will rebuild.",
       "we|will|rebuild|firm|positive|-|modal-will"},
      {"We will nevertheless continue our efforts.", "We|will|continue|firm|positive|-|modal-will"},
      {"If and when a deal is reached, we will sign it.",
       "we|will|sign|conditional|positive|If and when a deal is reached|modal-will"},
      // A signed executive order binds as other instruments do.
      {"I signed an executive order on the budget.",
       "I|sign|sign|firm|positive|-|signed-instrument"},
      // "as soon as possible" is how soon, not on what condition.
      {"We will defeat them as soon as possible.", "We|will|defeat|firm|positive|-|modal-will"},
      // "and" after a clause with its own verb joins clauses, not subjects.
      {"Canada has a long history in peacekeeping and we will continue to step up.",
       "we|will|continue|firm|positive|-|modal-will"},
      {"The Prime Minister and I will travel to Paris.",
       "The Prime Minister and I|will|travel|firm|positive|-|modal-will"},
      {"We will ultimately and decisively defeat this virus.",
       "We|will|defeat|firm|positive|-|modal-will"},
      {"Full details of the planned restrictions, including maps, will be published online.",
       "Full details of the planned restrictions|will|publish|firm|positive|-|passive-will"},
      {"Such behaviour will not be tolerated.",
       "Such behaviour|will|tolerate|firm|negative|-|passive-will"},
  };
  check_rows(kRows, std::size(kRows));
}

TEST(Commitments, AgreementsInstrumentsAndNouns) {
  static constexpr Row kRows[] = {
      // An irregular verb cue in every form.
      {"We have undertaken to double that investment.",
       "We|undertake|double|firm|positive|-|verb-undertake"},
      {"We signed executive orders creating a new initiative.",
       "We|sign|sign|firm|positive|-|signed-instrument"},
      // The side's own nation or body owns the noun.
      {"Our budget reaffirms our state's commitment to our kids.",
       "our|commitment|commit|firm|positive|-|nominal-commitment"},
      // "It will be the policy of the Government to": the government, the verb after "to".
      {"It will be the policy of the Government to promote sustainable development.",
       "Government|will|promote|firm|positive|-|modal-will"},
      {"It will be the policy of Russia to expand.", ""},
      // A gerund after the noun's "to" names the act.
      {"Allow me to conclude by reaffirming our commitment to working with all members.",
       "our|commitment|work|firm|positive|-|nominal-commitment"},
      // A government that heads the clause before is the subject of "and will".
      {"The Government will continue its policy of restraint and will seek new savings.",
       "The Government|will|continue|firm|positive|-|modal-will ; "
       "Government|will|seek|intent|positive|-|modal-will"},
      // A series of will-clauses joined by commas shares the first one's subject; each
      // keeps its own object. A comma after another subject, or inside a clause of "so
      // that", "that" or "we make", joins nothing.
      {"The Government will hire nurses, will build clinics, and will cut fees.",
       "The Government|will|hire|firm|positive|-|modal-will ; "
       "Government|will|build|firm|positive|-|modal-will ; "
       "Government|will|cut|firm|positive|-|modal-will"},
      {"We will hire nurses, will build clinics.",
       "We|will|hire|firm|positive|-|modal-will ; We|will|build|firm|positive|-|modal-will"},
      {"The choice we make, will shape the region.", ""},
      {"We hope that the talks, in good faith, will succeed.", ""},
      // A fronted phrase with a preposition inside it, before a currency amount.
      {"In partnership with the provinces we will invest $150 million.",
       "we|will|invest|firm|positive|-|modal-will"},
      {"Together with our allies we will invest $150 million.",
       "we|will|invest|firm|positive|-|modal-will"},
      {"Our inflexible resolve to continue the war is clear.",
       "Our|resolve|continue|firm|positive|-|nominal-commitment"},
      {"We have agreed significant further steps.", "We|agree|agree|firm|positive|-|agree-perfect"},
      // A parenthetical and a time between "have" and the participle.
      {"We have, for example, on Monday agreed on a pact.",
       "We|agree|agree|firm|positive|-|agree-perfect"},
      {"We have also yesterday agreed on a declaration.",
       "We|agree|agree|firm|positive|-|agree-perfect"},
      {"We agreed to deploy a monitoring mission.",
       "We|agree|deploy|firm|positive|-|agree-perfect"},
      {"Today we signed a treaty on mutual defence.",
       "we|sign|sign|firm|positive|-|signed-instrument"},
      {"We reached an agreement to launch joint patrols.",
       "We|reach|reach|firm|positive|-|signed-instrument"},
      {"We concluded a treaty with Japan.",
       "We|conclude|conclude|firm|positive|-|signed-instrument"},
      {"We signed a Declaration of Intent on the deployment of forces.",
       "We|sign|sign|intent|positive|-|signed-instrument"},
      {"This is part of our commitment to stand with our allies.",
       "our|commitment|stand|firm|positive|-|nominal-commitment"},
      {"Nothing will shake our unwavering commitment to defend freedom.",
       "our|commitment|defend|firm|positive|-|nominal-commitment"},
      // An agreement whose content is our own will-clause is reported once, by that clause.
      {"We have agreed that we will share intelligence.",
       "we|will|share|firm|positive|-|modal-will"},
      {"I promise you that we will never give up.", "we|will|give|firm|negative|-|modal-will"},
      // A decision to act binds like an agreement; a decision taken does not.
      {"We have decided to take urgent measures.", "We|decide|take|firm|positive|-|decided"},
      // Whom an agreement is with may come before its infinitive.
      {"We have agreed with our European partners to join the initiative.",
       "We|agree|join|firm|positive|-|agree-perfect"},
      // A verb of telling takes a noun phrase before its content clause.
      {"I can tell the House that we will act.", "we|will|act|firm|positive|-|modal-will"},
  };
  check_rows(kRows, std::size(kRows));
}

TEST(Commitments, NegationAndContractions) {
  static constexpr Row kRows[] = {
      {"We will not raise income tax.", "We|will|raise|firm|negative|-|modal-will"},
      // "not just", "not only" focus the action: no negation.
      {"And we're not just going to increase support.",
       "we|going to|increase|firm|positive|-|going-to"},
      {"We will not only keep the program but expand it.",
       "We|will|keep|firm|positive|-|modal-will"},
      {"We won't raise VAT.", "We|will|raise|firm|negative|-|modal-will"},
      // A fronted adverb inverts the modal and its subject.
      {"Never will we abandon our allies.", "we|will|abandon|firm|negative|-|modal-will"},
      // The first-person head of a relative clause before the modal is the subject.
      {"We who believe in safety will pass new laws.", "We|will|pass|firm|positive|-|modal-will"},
      {"All of us will play our part.", "All of us|will|play|firm|positive|-|modal-will"},
      {"Never again will we allow this.", "we|will|allow|firm|negative|-|modal-will"},
      {"Not only will we keep our promise, we will double it.",
       "we|will|keep|firm|positive|-|modal-will ; we|will|double|firm|positive|-|modal-will"},
      {"We will not be able to cut taxes.", "We|will|cut|firm|negative|-|modal-will"},
      {"We won\xE2\x80\x99t abandon our partners.", "We|will|abandon|firm|negative|-|modal-will"},
      {"That is why we will introduce a bill.", "we|will|introduce|firm|positive|-|modal-will"},
      {"That\xE2\x80\x99s why we\xE2\x80\x99ll cut taxes.", "we|will|cut|firm|positive|-|modal-will"},
      {"We will never recognise the annexation.",
       "We|will|recognise|firm|negative|-|modal-will"},
      {"We\xE2\x80\x99ll help families with the cost of energy.",
       "We|will|help|firm|positive|-|modal-will"},
      {"We'll build new ties of trade and commerce.", "We|will|build|firm|positive|-|modal-will"},
      {"I\xE2\x80\x99ll join our veterans at the memorial.",
       "I|will|join|firm|positive|-|modal-will"},
      {"I'll write to every head teacher this week.", "I|will|write|firm|positive|-|modal-will"},
      {"We\xE2\x80\x99re going to fix the roads.", "We|going to|fix|firm|positive|-|going-to"},
      {"And we\xE2\x80\x99ll never stop working for you.",
       "we|will|stop|firm|negative|-|modal-will"},
  };
  check_rows(kRows, std::size(kRows));
}

TEST(Commitments, ConditionsBeforeAndAfter) {
  static constexpr Row kRows[] = {
      // A step taken is no condition: its noun phrase holds a past time.
      {"Following a consultation earlier this year, we will introduce new rules.",
       "we|will|introduce|firm|positive|-|modal-will"},
      {"Following a ceasefire, we will deploy forces.",
       "we|will|deploy|conditional|positive|Following a ceasefire|modal-will"},
      // A condition between commas ends at the second.
      {"We will act, if necessary, alone.",
       "We|will|act|conditional|positive|if necessary|modal-will"},
      // A fronted condition without its comma.
      {"If the plan meets with my approval I will send it to Congress.",
       "I|will|send|conditional|positive|If the plan meets with my approval|modal-will"},
      {"If the talks fail, we will impose further sanctions.",
       "we|will|impose|conditional|positive|If the talks fail|modal-will"},
      {"When the war ends, we will rebuild the bridges.",
       "we|will|rebuild|conditional|positive|When the war ends|modal-will"},
      // A when-clause after a time tells the time; it sets no condition.
      {"By 2047, when the country turns a hundred, we will build a new nation.",
       "we|will|build|firm|positive|-|modal-will"},
      {"We will impose further sanctions if the talks fail.",
       "We|will|impose|conditional|positive|if the talks fail|modal-will"},
      {"Unless the shelling stops, we will expel the ambassador.",
       "we|will|expel|conditional|positive|Unless the shelling stops|modal-will"},
      {"We will continue these efforts until they come to the table.",
       "We|will|continue|conditional|positive|until they come to the table|modal-will"},
      {"Once the ceasefire holds, we will reopen the embassy.",
       "we|will|reopen|conditional|positive|Once the ceasefire holds|modal-will"},
      {"We will release the funds provided that the audit is complete.",
       "We|will|release|conditional|positive|provided that the audit is complete|modal-will"},
      {"In the event of an attack, we will defend our allies.",
       "we|will|defend|conditional|positive|In the event of an attack|modal-will"},
      {"Following a ceasefire, we will deploy engineers to clear the mines.",
       "we|will|deploy|conditional|positive|Following a ceasefire|modal-will"},
      {"We will lift the restrictions as soon as it is safe to do so.",
       "We|will|lift|conditional|positive|as soon as it is safe to do so|modal-will"},
      {"I have told them that if they do not act, the government will legislate.",
       "the government|will|legislate|conditional|positive|if they do not act|modal-will"},
      {"We stand ready to deploy forces in the case of a renewed attack.",
       "We|ready|deploy|intent|positive|in the case of a renewed attack|readiness"},
      // Readiness is at most an intent (the guide), a condition or not.
      {"If they interfere again, I'm prepared to take further actions.",
       "I|prepared|take|intent|positive|If they interfere again|readiness"},
      // A where-clause that opens the sentence, or "where" and a word of need.
      {"Where they seek to harm our interests, we will respond.",
       "we|will|respond|conditional|positive|Where they seek to harm our interests|modal-will"},
      {"In this regard, where necessary, we will find new ways to raise funds.",
       "we|will|find|conditional|positive|where necessary|modal-will"},
      // A relative "where" after a noun is no condition.
      {"We will build schools in the places where they are needed.",
       "We|will|build|firm|positive|-|modal-will"},
      {"We will develop our schools as the heart of their communities, where teachers can "
       "focus on teaching.",
       "We|will|develop|firm|positive|-|modal-will"},
      // A count after "following" is what is listed.
      {"Our government will implement following 3 schemes for employment.",
       "Our government|will|implement|firm|positive|-|modal-will"},
      // "the following" names a list, "once again" repeats: neither is a condition.
      {"We will take the following actions.", "We|will|take|firm|positive|-|modal-will"},
      {"We will once again host the summit.", "We|will|host|firm|positive|-|modal-will"},
      // How long, not on what condition.
      {"We will support Ukraine for as long as it takes.",
       "We|will|support|firm|positive|-|modal-will"},
  };
  check_rows(kRows, std::size(kRows));
}

TEST(Commitments, AgentlessPassives) {
  static constexpr Row kRows[] = {
      // Government acts of many kinds; an adverb between the modal and "be".
      {"Export of farm commodities will be liberalised.",
       "Export of farm commodities|will|liberalise|firm|positive|-|passive-will"},
      {"The plant will be sold on fair terms.", "The plant|will|sell|firm|positive|-|passive-will"},
      {"The flat rate will hereafter be reduced to eight per cent.",
       "The flat rate|will|reduce|firm|positive|-|passive-will"},
      // A budget's measure in the present passive, only with a time to come.
      {"The income threshold is raised to R40 000 from next month.",
       "The income threshold|present|raise|firm|positive|-|present-passive"},
      {"The allocation is being doubled in 2027.",
       "The allocation|present|double|firm|positive|-|present-passive"},
      {"The threshold is raised to R40 000.", ""},
      {"The tax was raised in 2024.", ""},
      // A time counted on from another in the narrative is no time to come.
      {"On 2 January the plan was announced. Two weeks later, the tariffs are removed.", ""},
      {"The economy is expected to grow next year.", ""},
      {"The threat will be met with determination.",
       "The threat|will|meet|firm|positive|-|passive-will"},
      // "Only" restricts the subject: without it the commitment reads the other way.
      {"Only retailers selling essential items will be allowed to offer click and collect.",
       "Only retailers selling essential items|will|allow|firm|positive|-|passive-will"},
      {"Sanctions will be imposed on the regime's leaders.",
       "Sanctions|will|impose|firm|positive|-|passive-will"},
      {"A conference of first ministers will be convened.",
       "A conference of first ministers|will|convene|firm|positive|-|passive-will"},
      {"Particular emphasis will be placed upon trade with Asia.",
       "Particular emphasis|will|place|firm|positive|-|passive-will"},
      // The legislature the speech addresses will be asked: the government's act.
      {"During this session, you will be asked to consider new measures.",
       "you|will|ask|firm|positive|-|passive-will"},
      {"They will be asked to leave.", ""},
      {"Legislation on pensions will be put before Parliament.",
       "Legislation on pensions|will|put|firm|positive|-|passive-will"},
      {"Estimates will be laid before you in due course.",
       "Estimates|will|lay|firm|positive|-|passive-will"},
      {"The blame will be put on the weather.", ""},
      // A comparative before the participle; "more" before an -ly adverb is no determiner.
      {"The new schools will be better funded.",
       "The new schools|will|fund|firm|positive|-|passive-will"},
      {"Roads will be more closely monitored.", "Roads|will|monitor|firm|positive|-|passive-will"},
      // After a verb whose object the scan took, the subject is the last conjunct.
      {"People can call that number and the emergency assistance will be made available.",
       "the emergency assistance|will|make|firm|positive|-|passive-will"},
      // "as" and a participle inside the subject qualify its noun.
      {"All of the resources as needed will be provided.",
       "All of the resources as needed|will|provide|firm|positive|-|passive-will"},
      {"Every budget measure will be costed and scrutinised.",
       "Every budget measure|will|cost|firm|positive|-|passive-will"},
      // A government act joined by "and" to a participle that is none on its own; views
      // sought and stakeholders engaged are the government's acts too.
      {"Flood risks will be studied and reduced.",
       "Flood risks|will|study|firm|positive|-|passive-will"},
      {"The views of farmers will be sought before the reform.",
       "The views of farmers|will|seek|firm|positive|-|passive-will"},
      {"Local councils will be more closely engaged in planning.",
       "Local councils|will|engage|firm|positive|-|passive-will"},
      {"Flood risks will be studied and debated.", ""},
      {"Flood risks will be studied, and costs reduced.", ""},
      // An agent after the second participle is the agent of both.
      {"Flood risks will be studied and reduced by the councils.", ""},
      {"Legislation will be introduced in the autumn.",
       "Legislation|will|introduce|firm|positive|-|passive-will"},
      {"New measures will be brought forward to protect tenants.",
       "New measures|will|bring|firm|positive|-|passive-will"},
      {"By the end of the year that number will be cut in half.",
       "that number|will|cut|firm|positive|-|passive-will"},
      {"So I have decided most of the money will be used to fund tax cuts.",
       "most of the money|will|use|firm|positive|-|passive-will"},
      // The side's own agent decides too; "that" after the decision is no demonstrative.
      {"Our government has decided that new medical seats will be added.",
       "new medical seats|will|add|firm|positive|-|passive-will"},
      // An outcome, not an act of government; an agent that is not the speaker's side.
      {"Some of the cost will be passed through to consumers.", ""},
      {"The decision will be taken by the courts.", ""},
      // A government as the agent acts for the side, whatever the verb; not another
      // country's.
      {"Exam fees will be paid by the Central Government.",
       "Exam fees|will|pay|firm|positive|-|modal-will"},
      {"The costs will be borne by my Government.",
       "The costs|will|bear|firm|positive|-|modal-will"},
      {"The costs will be borne by the Russian government.", ""},
      // "by" that names no agent: a means, a participle's agent, a noun's.
      {"The new approach will be adopted to empower them by improving their skills.",
       "The new approach|will|adopt|firm|positive|-|passive-will"},
      {"Farmers will be initiated into natural farming supported by certification.",
       "Farmers|will|initiate|firm|positive|-|passive-will"},
      {"New varieties will be released for cultivation by farmers.",
       "New varieties|will|release|firm|positive|-|passive-will"},
      {"Weapons licences will be revoked.",
       "Weapons licences|will|revoke|firm|positive|-|passive-will"},
      // "by law" tells how, not by whom; a passive under "shall" is the same undertaking.
      {"Village courts will be established by law in all states.",
       "Village courts|will|establish|firm|positive|-|passive-will"},
      {"The programme shall be strengthened.",
       "The programme|shall|strengthen|firm|positive|-|passive-will"},
      // A list of common nouns is one subject; a phrase before a comma is not its item.
      {"New airports, medical colleges and sports grounds will be constructed.",
       "New airports, medical colleges and sports grounds|will|construct|firm|positive|-|"
       "passive-will"},
      {"In the north, roads and bridges will be built.",
       "roads and bridges|will|build|firm|positive|-|passive-will"},
      // A quoted name inside the subject; a participle's own agent after an irregular form.
      {"A massive 'Clean Rivers Programme' will be launched across the country.",
       "A massive 'Clean Rivers Programme'|will|launch|firm|positive|-|passive-will"},
      {"A new programme will be launched across the country driven by local volunteers.",
       "A new programme|will|launch|firm|positive|-|passive-will"},
      {"Metro rail projects will be started in many more cities.",
       "Metro rail projects|will|start|firm|positive|-|passive-will"},
      // A gerund after a preposition takes the next noun phrase: the subject goes on.
      {"The approach of covering all eligible people will be adopted.",
       "The approach of covering all eligible people|will|adopt|firm|positive|-|passive-will"},
      // A currency sign stays with its amount in the subject.
      {"The first $300 will be disbursed in June.",
       "The first $300|will|disburse|firm|positive|-|passive-will"},
      {"Trade missions will soon be sent to these countries.",
       "Trade missions|will|send|firm|positive|-|passive-will"},
      {"Second, the risks to our troops will be minimized.",
       "the risks to our troops|will|minimize|firm|positive|-|enumerated"},
      {"One lakh traditional sources of drinking water will be revived.",
       "One lakh traditional sources of drinking water|will|revive|firm|positive|-|passive-will"},
  };
  check_rows(kRows, std::size(kRows));
}

TEST(Commitments, IntentAndAspiration) {
  static constexpr Row kRows[] = {
      // The side's body in the third person; the speech's own parts are no intent.
      {"My Government proposes to launch a new programme for farmers.",
       "My Government|propose|launch|intent|positive|-|intent-verb"},
      {"Our government intends to launch a new programme.",
       "Our government|intend|launch|intent|positive|-|intent-verb"},
      {"I propose to highlight just a few key features.", ""},
      {"We intend together to build on these pillars.",
       "We|intend|build|intent|positive|-|intent-verb"},
      // A cue of several words, its verb in any form, then a gerund; not in the past.
      {"We look forward to hosting the summit in June.",
       "We|look forward to|host|intent|positive|-|intent-verb"},
      {"I am looking forward to meeting him tomorrow.",
       "I|look forward to|meet|intent|positive|-|intent-verb"},
      {"We looked forward to hosting it.", ""},
      {"I look forward to the debate.", ""},
      {"I hope that, at the conclusion of our deliberations, we will forge a consensus.",
       "we|will|forge|aspirational|positive|-|modal-will"},
      // The frame word as a noun, its believer a first-person possessive.
      {"My hope and expectation is we'll be able to work out a modus vivendi.",
       "we|will|work|aspirational|positive|-|modal-will"},
      // A will-clause under a first-person hope or belief is hoped for.
      {"I hope we will be able to set out the second phase.",
       "we|will|set|aspirational|positive|-|modal-will"},
      {"I am deeply convinced that we will restore growth.",
       "we|will|restore|aspirational|positive|-|modal-will"},
      {"They believe we will cut taxes.", "we|will|cut|firm|positive|-|modal-will"},
      {"We will be there for you.", "We|will|be|firm|positive|-|modal-will"},
      // The object ends where a clause of its own begins: "but", "though", "because",
      // ", and we"; a condition in that clause is not the commitment's.
      {"We will not persist a day longer than is necessary, but nor can we relax, because if "
       "we do we run the risk.",
       "We|will|persist|firm|negative|-|modal-will"},
      // "until" a time or "until then" is when, not a condition.
      {"We will continue these efforts until the end of the year.",
       "We|will|continue|firm|positive|-|modal-will"},
      {"Until then, we will keep working.", "we|will|keep|firm|positive|-|modal-will"},
      // An adverb before "to", a reflexive before "to", a quantifier after the modal.
      {"We are determined still to hold the parade.",
       "We|determined|hold|firm|positive|-|determined-to"},
      {"I commit myself to this work.", "I|commit|commit|firm|positive|-|verb-commit"},
      {"We pledge ourselves to defend it.", "We|pledge|defend|firm|positive|-|verb-pledge"},
      {"We will all sing the anthem together.", "We|will|sing|firm|positive|-|modal-will"},
      {"We will work towards a binding agreement.", "We|will|work|intent|positive|-|modal-will"},
      {"We stand ready to support the negotiations.",
       "We|ready|support|intent|positive|-|readiness"},
      {"We are prepared to send peacekeepers.", "We|prepared|send|intent|positive|-|readiness"},
      {"We are willing to talk.", "We|willing|talk|intent|positive|-|readiness"},
      {"I intend to revise the code of practice.", "I|intend|revise|intent|positive|-|intent-verb"},
      // A phrase after "we" that says who "we" are.
      {"We in Ghana will build our nation.", "We|will|build|firm|positive|-|modal-will"},
      {"We, the people of Ghana, will build our nation.",
       "We|will|build|firm|positive|-|modal-will"},
      {"We, as a government, will act.", "We|will|act|firm|positive|-|modal-will"},
      {"We in Ghana are determined to end poverty.",
       "We|determined|end|firm|positive|-|determined-to"},
      {"We in government know that prices will rise.", ""},
      // A paragraph quoted from its first word is the speaker's own statement.
      {"\xE2\x80\x9CWe will build homes.\xE2\x80\x9D", "We|will|build|firm|positive|-|modal-will"},
      {"We propose to create an investment bank.",
       "We|propose|create|intent|positive|-|intent-verb"},
      // "will not hesitate to": the action after it, positive; adverbs inside the group.
      {"We will not hesitate to exercise our powers.",
       "We|will|exercise|firm|positive|-|modal-will"},
      {"I shall likewise undertake a visit to Jordan.",
       "I|shall|undertake|firm|positive|-|modal-shall"},
      {"We are going to properly fund our schools.", "We|going to|fund|firm|positive|-|going-to"},
      // Courtesies and the speech's own topics are no undertakings.
      {"I wish to extend our heartfelt gratitude to the people.", ""},
      {"I will offer my condolences to the families.", ""},
      {"I want to reassure the members from the north.", ""},
      {"First, I shall refer to freedom from want.", ""},
      // An intent to speak is the speech's own act.
      {"I propose to say a few words about the economy.", ""},
      {"I intend to talk about the economy.", ""},
      // The side's stated aim, goal or plan: "our aim is to", "our plan is to" (intent,
      // as report-v1.md defines it: "declaration of intent, aim").
      {"Our aim is to halve inflation.", "Our|aim|halve|intent|positive|-|nominal-commitment"},
      // A bare government owns the noun cue; a qualified one is another's.
      {"It is the Government's objective to reach an agreement.",
       "the Government's|objective|reach|intent|positive|-|nominal-commitment"},
      {"It is the Russian Government's objective to reach an agreement.", ""},
      {"The Greens welcome the Government's commitment to build houses.", ""},
      {"Our goal is to provide job training.",
       "Our|goal|provide|intent|positive|-|nominal-commitment"},
      {"It is my aim to cut taxes.", "my|aim|cut|intent|positive|-|nominal-commitment"},
      {"Our plan is to cut taxes.", "Our|plan|cut|intent|positive|-|nominal-commitment"},
      // "will be to" as "is to"; a priority is firm.
      {"Our goal will be to add new power plants.",
       "Our|goal|add|intent|positive|-|nominal-commitment"},
      {"Our immediate priority will be to rein in inflation.",
       "Our|priority|rein|firm|positive|-|nominal-commitment"},
      {"Their plan will be to raise taxes.", ""},
      // A cue that is also a verb is the noun after a possessive.
      {"This is our promise to balance the budget.",
       "our|promise|balance|firm|positive|-|nominal-commitment"},
      {"Delivering our pledge to fully equalise the thresholds.",
       "our|pledge|equalise|firm|positive|-|nominal-commitment"},
      {"Their aim is to divide us.", ""},
      {"Our goal was to win.", ""},
      {"We aim to halve child poverty.", "We|aim|halve|intent|positive|-|intent-verb"},
      {"We hope to reach an agreement soon.", "We|hope|reach|aspirational|positive|-|aspiration"},
      {"I want to see further progress across the country.",
       "I|want|see|aspirational|positive|-|aspiration"},
      // Speech acts are not aspirations.
      {"I want to talk to you tonight about the budget.", ""},
      {"I want to make myself absolutely clear.", ""},
      {"We wish to state once again that the border is closed.", ""},
      {"I want to reiterate that our doors are open.", ""},
  };
  check_rows(kRows, std::size(kRows));
}

TEST(Commitments, NearMisses) {
  static constexpr Row kRows[] = {
      // The speech's own acts: an opportunity taken to speak, the speech named, a plan
      // shown to the audience now.
      {"I will take this opportunity to share my views on the economy.", ""},
      {"I will provide details in the ensuing parts of my speech.", ""},
      {"I will illustrate this by elaborating on two areas.", ""},
      {"Today, I'll present to you part two of my plan.", ""},
      {"We will take this opportunity to reform the tax system.",
       "We|will|take|firm|positive|-|modal-will"},
      {"I will present to you a balanced budget next year.",
       "I|will|present|firm|positive|-|modal-will"},
      // A future perfect foretells a state, unless it sets a deadline.
      {"If we meet this challenge, then we will have achieved our goal.", ""},
      {"By 2030 we will have built 100 new schools.", "we|will|build|firm|positive|-|modal-will"},
      // What the speaker will see, and the speech's own parts.
      {"We will continue to see strong growth in spending.", ""},
      {"I shall give details in Part B of my speech.", ""},
      {"I'll start off by first saying that the ambassador is here.", ""},
      {"All I will say is that vigilance is needed.", ""},
      // A past stance binds nothing now.
      {"We were already committed to that path.", ""},
      // A clause under a denied or merely possible saying is not asserted.
      {"We can't guarantee that we won't get the virus.", ""},
      {"I cannot promise that we will cut taxes.", ""},
      {"Police can't say we'll respond later.", ""},
      // A reason the speaker denies; what others will do to the side.
      {"I cite these issues not because by naming them we will cure all our ills.", ""},
      {"We're going to be judged by whether we keep our promises.", ""},
      // A past wish; a speech act; a perception under "going to".
      {"I didn't want to lead this party.", ""},
      {"I want to take this opportunity to congratulate the team.", ""},
      {"We are not going to see strong growth this year.", ""},
      // A speech act; a prediction about spending, not an act of government.
      {"I want to give an assurance that none of these decisions are taken lightly.", ""},
      {"Government payments will be around $30 billion higher.", ""},
      // The briefing's own turns.
      {"I'm not really prepared to give you an answer on that.", ""},
      {"We'll start with Josh, with the AP.", ""},
      {"We could deploy more troops.", ""},
      {"We may review the policy next year.", ""},
      {"We might increase the budget.", ""},
      {"We would welcome a ceasefire.", ""},
      {"We should act now.", ""},
      {"We can only get to a peace deal if Putin is ready to make compromises.", ""},
      {"We have to be frank about the risks.", ""},
      {"We discussed these issues in detail today.", ""},
      {"Putin is not showing that he is ready for peace.", ""},
      {"He will fail.", ""},
      {"They will pay unless they cut their pollution.", ""},
      // One will-clause is not enough to make Russia the speaker's country.
      {"Russia will continue its attacks on the grid.", ""},
      {"We were promised a referendum.", ""},
      {"There will be difficult days ahead.", ""},
      {"This will allow us to assess how well forces are doing.", ""},
      {"It\xE2\x80\x99ll help you find out what you are entitled to.", ""},
      {"The political will of the people is clear.", ""},
      {"Will we act in time?", ""},
      {"The nation that we will build is our own.", ""},
      // "that" after a noun: a content clause only after a verb of telling.
      {"We cannot decide the challenges that we will face.", ""},
      {"We agreed with them on the need to act.", ""},
      {"We decided the matter last week.", ""},
      // Another country's office or a named foreign minister: not the speaker's side.
      {"The Prime Minister of Canada will visit Paris.", ""},
      {"The Russian Foreign Minister will visit Paris.", ""},
      {"Chancellor Merz will host the summit.", ""},
      {"It is not clear why we will wait.", ""},
      {"We decided that the report was accurate.", ""},
      {"We know how much the scheme will cost.", ""},
      {"The President will sign an order that will provide new authorities.", ""},
      {"Most people agree that the climate is changing.", ""},
      {"We will see.", ""},
      {"I hope it will reduce the number of stops.", ""},
      // "our" alone does not make a side's agent: these predict what others do.
      {"Our grandchildren will look back on this period.", ""},
      // Outcomes and warnings, not acts: "we will fall behind", "we will beat this virus".
      {"If we wait, we will only fall further behind.", ""},
      // A noun cue that reliance or a comparison governs is referred to, not undertaken.
      {"We must rely on our willingness to look out for each other.", ""},
      {"None is more important than our willingness to give a hand up.", ""},
      {"We will beat this virus.", ""},
      {"We will fall short unless we act.", ""},
      {"Our players will compete on the same field.", ""},
      // A relative clause without "that", and someone else's quoted words.
      {"The proposal I will outline today is based on advice.", ""},
      {"\"I will not solve every problem,\" he said.", ""},
      {"As she said: \xE2\x80\x9CWe will build homes.\xE2\x80\x9D", ""},
      {"As she said:\n\n\xE2\x80\x9CWe will build homes.\xE2\x80\x9D", ""},
      {"I want you to know that the door is open.", ""},
      {"I want to comment on the attacks in Brussels.", ""},
      {"He is determined to win at any cost.", ""},
      {"To work with our partners to guarantee security.", ""},
      // The speaker's acts in the speech itself; an indirect question; a purpose.
      {"I'll tell you why we are here.", ""},
      {"I will say this again.", ""},
      {"I will begin with the economy.", ""},
      {"The real test is whether we shall lower our guards.", ""},
      {"Prices must fall so that we will all benefit.", ""},
      {"We reached the summit at noon.", ""},
      {"Those who doubt us will fail.", ""},
      {"We who were there know what they will do.", ""},
      // An obligation, also in the future: no undertaking.
      {"We will have to score new victories.", ""},
      // Hedged: a prediction ("maybe", "almost certainly"), and "will need" a necessity.
      {"Maybe I'll go over the time limit.", ""},
      {"We'll almost certainly need an implementation period.", ""},
      {"We will probably act.", ""},
      {"Without this, we will lack the means.", ""},
      // A predicted state, and the statement the speaker is making.
      {"We will be stronger together.", ""},
      {"We will be prosperous.", ""},
      {"None of us will be alone.", ""},
      {"We will be the envy of every nation.", ""},
      // An outcome no one carries out.
      {"We will eventually prevail.", ""},
      {"We will not fail.", ""},
      {"Our country will flourish.", ""},
      {"We will all benefit from the new ideas.", ""},
      // The side acted on: no undertaking.
      {"We will be judged by history.", ""},
      // A past intention binds nothing now.
      {"We were never going to let this happen.", ""},
      {"With permission, Mr Speaker, I will make a statement about the situation.", ""},
      // More of the speech itself: saying, pointing out, candour, a minute to thank,
      // asking someone to stand.
      {"I will say bluntly that there is no way.", ""},
      {"I want to point out that we found no support.", ""},
      {"I will be honest with you.", ""},
      {"I want to take a minute to thank my wife.", ""},
      {"I want to commend Senator Albrecht for her work.", ""},
      {"I'll ask Sarah Stowens to stand and be recognized.", ""},
      // Parts of the speech: a summary, a turn to the next topic, more said later,
      // examples, the speech not given. Not a report promised for a later day.
      {"I will give a brief summary of the latest statistics.", ""},
      {"I will turn now to an update on the vaccination programme.", ""},
      {"I will say more about this later.", ""},
      {"I will offer two immediate examples of that.", ""},
      {"So today, I won't be delivering a state of the nation speech.", ""},
      {"Tonight, I will present the Bank's analysis of the labour market.", ""},
      {"I will also provide an update on the outlook.", ""},
      {"I will therefore conclude by highlighting three risks.", ""},
      // Its agenda as a count of its parts; not a count of priorities.
      {"In my speech today, I will focus on three points.", ""},
      {"I will touch upon a few issues that matter.", ""},
      {"I will focus on three priorities for the economy.",
       "I|will|focus|firm|positive|-|modal-will"},
      {"I'm going to borrow a phrase from a friend of mine.", ""},
      {"We will now report on the outcome of today's meeting.", ""},
      // Near misses: a report for a later day, a presentation of a law, a start that acts.
      {"I will present the bill to Parliament.", "I|will|present|firm|positive|-|modal-will"},
      {"We will report on progress to Parliament.", "We|will|report|firm|positive|-|modal-will"},
      // The speech's order of topics and the briefing's turns: talking about each in turn,
      // moving on, not going over the detail, the last questions, asking someone to answer.
      {"I will talk about each of these priorities in turn.", ""},
      {"I will address each of these in turn.", ""},
      {"I will now move on to the first major priority of this Budget.", ""},
      {"I won't go over the detail in that.", ""},
      {"We'll just have two final quick questions.", ""},
      {"I will ask the President to answer that part of the question.", ""},
      {"I will ask Julia to comment on that.", ""},
      {"I want to apologize for all of this by saying I am sorry.", ""},
      // A chance foreseen; a press conference's turns and refusals to answer.
      {"We will have the opportunity to engage in politics separately.", ""},
      {"I will have an opportunity to outline our interests.", ""},
      {"I'll go to you, Michelle.", ""},
      {"I'll refer you to paragraph 3.46 of the report.", ""},
      {"I'm not going to provide a timeframe today.", ""},
      {"I won't speculate on that.", ""},
      // What a speaker at a podium will not say; "we" may refuse for the side.
      {"I'm not going to get into hypotheticals here.", ""},
      {"I'm just not going to engage on this.", ""},
      {"I won't speak to future elections from here.", ""},
      {"I'm not going to answer them unless they're related to this.", ""},
      {"We will not engage in a war of choice.", "We|will|engage|firm|negative|-|modal-will"},
      // "going to have to": an obligation, as "will have to".
      {"I'm going to have to refer you to Treasury on that.", ""},
      {"We're going to have to make hard choices.", ""},
      // Not the speech's own acts: dealing with a problem, going somewhere.
      {"I will address the housing crisis with the states.",
       "I|will|address|firm|positive|-|modal-will"},
      {"I will go to Kyiv next week.", "I|will|go|firm|positive|-|modal-will"},
      {"I will talk to the unions about pay.", "I|will|talk|firm|positive|-|modal-will"},
      // An indirect question after "what more" / "how much".
      {"We discussed what more we will do.", ""},
      // The briefing's running order: handing over, coming back to a point, stopping.
      {"I will now hand over to the Minister of Finance.", ""},
      {"I'll hand you back to the Speaker.", ""},
      {"I'll come back to that in a moment.", ""},
      {"I will leave it there.", ""},
      {"I'll keep this short.", ""},
      // Near misses: handing over power, coming back to a place, leaving a force there.
      {"We will hand over control to the local councils.",
       "We|will|hand|firm|positive|-|modal-will"},
      {"I will come back to Kyiv in the spring.", "I|will|come|firm|positive|-|modal-will"},
      // A call's own course: questions, the next question, saying more, its topics.
      {"With that, I will stop and take questions.", ""},
      {"I'll stop there.", ""},
      {"And with that, we'll open it up to questions.", ""},
      {"I'll move to your second question.", ""},
      {"I will spare everyone ticking through them one by one.", ""},
      {"We'll have a little bit more to say about this tomorrow.", ""},
      {"We're going to talk a little bit about the Summit for Democracy.", ""},
      {"We are going to preview some announcements.", ""},
      {"I'll just mention those quickly.", ""},
      // Near misses: stopping a war, moving troops, having more money, talking to allies.
      {"We will stop the war.", "We|will|stop|firm|positive|-|modal-will"},
      {"We will move troops to the border.", "We|will|move|firm|positive|-|modal-will"},
      {"We will have more money for schools.", "We|will|have|firm|positive|-|modal-will"},
      {"We will talk to our allies about sanctions.", "We|will|talk|firm|positive|-|modal-will"},
  };
  check_rows(kRows, std::size(kRows));
}

TEST(Commitments, EnumeratedItemsAreSeparate) {
  EXPECT_EQ(dump_all("First, we will cut taxes; second, we will build homes; and third, we will "
                     "hire teachers."),
            "we|will|cut|firm|positive|-|enumerated ; we|will|build|firm|positive|-|enumerated ; "
            "we|will|hire|firm|positive|-|enumerated");
  EXPECT_EQ(dump_all("We have agreed three steps.\n\nFirst, that we will monitor the "
                     "ceasefire.\n\nSecond, we will fund the army.\n\nAnd third, we will work "
                     "towards guarantees."),
            "We|agree|agree|firm|positive|-|agree-perfect ; "
            "we|will|monitor|firm|positive|-|enumerated ; "
            "we|will|fund|firm|positive|-|enumerated ; "
            "we|will|work|intent|positive|-|enumerated");
}

// A clause that announces a number of items, then sentences "First, to ..." each its
// own commitment; without the announcement, or with a time word after the ordinal, none.
TEST(Commitments, OrdinalInfinitiveItemsAfterAnAnnouncement) {
  EXPECT_EQ(dump_all("My government has committed itself to three principles. First, to reduce "
                     "the debt. Second, to achieve a surplus. And third, to protect pensions."),
            "My government|commit|commit|firm|positive|-|verb-commit ; "
            "-|commit|reduce|firm|positive|-|enumerated ; "
            "-|commit|achieve|firm|positive|-|enumerated ; "
            "-|commit|protect|firm|positive|-|enumerated");
  EXPECT_EQ(dump_all("We will pursue the following priorities. First, to cut waiting lists."),
            "We|will|pursue|firm|positive|-|modal-will ; "
            "-|will|cut|firm|positive|-|enumerated");
  // No number announced: the infinitive fragment stays no commitment.
  EXPECT_EQ(dump_all("We will pursue our priorities. First, to cut waiting lists."),
            "We|will|pursue|firm|positive|-|modal-will");
  // A number word after "to" is no verb.
  EXPECT_EQ(dump_all("We have committed ourselves to four principles for the budget."),
            "We|commit|commit|firm|positive|-|verb-commit");
}

// Infinitives after semicolons continue a "determined to" or "pledge to" for the same
// subject, one commitment each; an infinitive of purpose after a comma does not.
TEST(Commitments, InfinitiveItemsAfterSemicolons) {
  EXPECT_EQ(dump_all("We are determined to cut taxes; to build the roads; and to protect our "
                     "borders."),
            "We|determined|cut|firm|positive|-|determined-to ; "
            "We|determined|build|firm|positive|-|determined-to ; "
            "We|determined|protect|firm|positive|-|determined-to");
  EXPECT_EQ(dump_all("We are determined to cut taxes, to help families."),
            "We|determined|cut|firm|positive|-|determined-to");
  // Another subject's infinitives are not the side's.
  EXPECT_EQ(dump_all("They are determined to cut taxes; to build the roads."), "");
}

// A will-clause whose list opens after a colon at a line's end, items numbered on their
// own lines, gerunds too: each item is the clause's commitment with the item's verb.
TEST(Commitments, NumberedItemsAfterALineEndColon) {
  Analysis a = analyze_text(
      "The Government will implement a series of actions which include:\n"
      "1. Cutting the wage bill.\n2. Rolling out a new payroll system.\n"
      "3. Improving pension administration.\n\nThe weather was fine.\n",
      kDate);
  std::string actions;
  for (const Commitment& c : a.commitments) actions += c.action + " ";
  EXPECT_EQ(actions, "implement roll improve ");
  // Without the colon at a line's end the numbered lines stay no commitments.
  Analysis b = analyze_text(
      "The Government will implement a series of actions.\n"
      "2. Rolling out a new payroll system.\n3. Improving pension administration.\n",
      kDate);
  EXPECT_EQ(b.commitments.size(), 1u);
}

// Inline list markers: "(a)", "b)", "(iii)". Items of verbs after "will:", and objects of
// one verb after its colon, each its own commitment without the marker.
TEST(Commitments, MarkedItemsInOneSentence) {
  EXPECT_EQ(dump_all("We will: (i) cut taxes; (ii) build homes; and (iii) fix roads."),
            "We|will|cut|firm|positive|-|modal-will ; We|will|build|firm|positive|-|modal-will ; "
            "We|will|fix|firm|positive|-|modal-will");
  Analysis a = analyze_text(
      "We will reduce: (a) the levy from 65% to 60%; and (b) the fee from 50% to 45%.", kDate);
  ASSERT_EQ(a.commitments.size(), 2u);
  EXPECT_EQ(text_of(a, a.commitments[0].object), "the levy from 65% to 60%");
  EXPECT_EQ(text_of(a, a.commitments[1].object), "the fee from 50% to 45%");
  EXPECT_EQ(a.commitments[1].action, "reduce");
  // Without markers the colon's list is one object.
  EXPECT_EQ(only_object("We will reduce: the levy and the fee."), "the levy and the fee");
}

// A that-clause after "say to NOUN PHRASE" is what is said, not a relative clause on the
// noun: "I say to the Australian people that we will build".
TEST(Commitments, ClauseAfterSayingToSomeone) {
  EXPECT_EQ(dump_all("I say to the Australian people that we will build the roads."),
            "we|will|build|firm|positive|-|modal-will");
  // After two noun phrases the clause is a relative one on the second.
  EXPECT_EQ(dump_all("We explained to the families the changes that we will make."), "");
}

// "We have a plan to": the side's own noun cue after a present "have", as after "our".
TEST(Commitments, NounCueAfterHave) {
  EXPECT_EQ(dump_all("We have a plan to build a stronger economy."),
            "We|plan|build|intent|positive|-|nominal-commitment");
  EXPECT_EQ(dump_all("I have a clear plan to cut taxes."),
            "I|plan|cut|intent|positive|-|nominal-commitment");
  EXPECT_EQ(dump_all("Our clear plan to cut taxes is good."),
            "Our|plan|cut|intent|positive|-|nominal-commitment");
  EXPECT_EQ(dump_all("We plan to cut taxes."), "We|plan|cut|intent|positive|-|intent-verb");
  EXPECT_EQ(dump_all("We had a plan to cut taxes."), "");
  EXPECT_EQ(dump_all("They have a plan to cut taxes."), "");
  EXPECT_EQ(dump_all("Do we have a plan to cut taxes?"), "");
}

// A reason clause asserts what it says: "because this government will never raise them"
// undertakes as a main clause would; another subject's reason does not.
TEST(Commitments, ReasonClauseIsAsserted) {
  EXPECT_EQ(dump_all("We cut taxes because this government will never raise them."),
            "this government|will|raise|firm|negative|-|modal-will");
  EXPECT_EQ(dump_all("They voted no because they will never agree."), "");
  // A condition is still none: "if we will" is no undertaking.
  EXPECT_EQ(dump_all("We can act only if we will pay."), "");
}

// After a colon, each item of a bulleted list is its own commitment with the subject and
// modal before the colon: a noun phrase takes the verb, an item with a verb keeps it, an
// item that is a clause of its own is that clause only.
TEST(Commitments, BulletedItemsAreSeparate) {
  EXPECT_EQ(dump_all("We will provide:\n* training for coaches;\n* Narcan at every venue, and\n"
                     "* treatment."),
            "We|will|provide|firm|positive|-|modal-will ; "
            "We|will|provide|firm|positive|-|modal-will ; "
            "We|will|provide|firm|positive|-|modal-will");
  Analysis a = analyze_text(
      "We will provide:\n* training for coaches;\n* Narcan at every venue, and\n* treatment.",
      kDate);
  ASSERT_EQ(a.commitments.size(), 3u);
  EXPECT_EQ(text_of(a, a.commitments[1].object), "Narcan at every venue");
  EXPECT_EQ(text_of(a, a.commitments[1].span), "Narcan at every venue");
  EXPECT_EQ(text_of(a, a.commitments[2].object), "treatment");
  EXPECT_EQ(dump_all("We will make every effort:\n- to cut taxes;\n- to build roads."),
            "We|will|make|firm|positive|-|modal-will ; We|will|build|firm|positive|-|modal-will");
  EXPECT_EQ(dump_all("We will do three things:\n* we will hire teachers;\n* we will cut taxes."),
            "We|will|do|firm|positive|-|modal-will ; we|will|hire|firm|positive|-|modal-will ; "
            "we|will|cut|firm|positive|-|modal-will");
  // A list right after the modal's colon gives the verbs, bulleted or inline, whatever the
  // subject; so does a list after "to:" or "the following:".
  EXPECT_EQ(dump_all("The Government will:\n- create a new agency;\n- Cut taxes; and\n- build "
                     "schools."),
            "The Government|will|create|firm|positive|-|modal-will ; "
            "Government|will|cut|firm|positive|-|modal-will ; "
            "Government|will|build|firm|positive|-|modal-will");
  EXPECT_EQ(dump_all("The Government will: create a new agency; cut taxes; and build schools."),
            "The Government|will|create|firm|positive|-|modal-will ; "
            "Government|will|cut|firm|positive|-|modal-will ; "
            "Government|will|build|firm|positive|-|modal-will");
  EXPECT_EQ(dump_all("We will work with our partners to:\n- create a new agency; and\n- build "
                     "schools."),
            "We|will|create|firm|positive|-|modal-will ; We|will|build|firm|positive|-|modal-will");
  EXPECT_EQ(dump_all("We will do the following:\n- hire nurses;\n- build roads."),
            "We|will|hire|firm|positive|-|modal-will ; We|will|build|firm|positive|-|modal-will");
  EXPECT_EQ(dump_all("The Government will: Canada first."), "");
  // Another subject's list is not the side's.
  EXPECT_EQ(dump_all("They will provide:\n* training;\n* Narcan."), "");
  // Items that end with a full stop are sentences of their own: the list goes on, one item
  // per line or paragraph, capitalised, bulleted or numbered, until a line opens otherwise.
  EXPECT_EQ(dump_all("We will:\n\nHalve the waiting lists.\n\nSet a ceiling on interest "
                     "rates.\n\n3. Build new schools.\n\nPrices rose. Hire more nurses."),
            "We|will|halve|firm|positive|-|modal-will ; -|will|set|firm|positive|-|modal-will ; "
            "-|will|build|firm|positive|-|modal-will");
  // The first item on the colon's line, capitalised or not, and items in lower case at a
  // line's start (a list whose bullets were lost); not a line of another kind.
  EXPECT_EQ(dump_all("The Government will: Create a new agency.\n\nset up a fibre network."
                     "\n\nLaunch a talent search.\n\nit rained."),
            "The Government|will|create|firm|positive|-|modal-will ; "
            "-|will|set|firm|positive|-|modal-will ; "
            "-|will|launch|firm|positive|-|modal-will");
  // Inline items marked "a." or "1.", capitalised after their marker.
  EXPECT_EQ(dump_all("To this end, we will: a. Increase the days of work; b. Use labour."),
            "we|will|increase|firm|positive|-|modal-will ; we|will|use|firm|positive|-|modal-will");
  EXPECT_EQ(dump_all("We will cut taxes.\n\nset up a fibre network."),
            "We|will|cut|firm|positive|-|modal-will");
  Analysis items =
      analyze_text("The Government will:\n- Hire 50 teachers.\n- Cut taxes by March.", kDate);
  ASSERT_EQ(items.commitments.size(), 2u);
  EXPECT_EQ(items.commitments[1].action, "cut");
  EXPECT_EQ(text_of(items, items.commitments[1].object), "taxes");
  EXPECT_EQ(text_of(items, items.commitments[1].span), "- Cut taxes by March.");
  ASSERT_TRUE(items.commitments[1].time.has_value());
  // The speech goes on after the list: "Let me be clear" is no item.
  EXPECT_EQ(dump_all("We will:\n- Hire 50 teachers.\n\nLet me be clear about this."),
            "We|will|hire|firm|positive|-|modal-will");
}

TEST(Commitments, CommittingAnAmount) {
  // "We commit $10 million to ...": an amount is what is committed; its sign stays.
  EXPECT_EQ(only_object("Today we are committing an extra $50 million to farmers."),
            "an extra $50 million to farmers");
  EXPECT_EQ(dump_all("We commit $10 million to drought relief."),
            "We|commit|commit|firm|positive|-|verb-commit");
  EXPECT_EQ(only_object("We will invest \xC2\xA3"
                        "2 billion in schools."),
            "\xC2\xA3"
            "2 billion in schools");
  EXPECT_EQ(dump_all("We commit the money to schools."), "");
  // A time another preposition governs stays in the object, and a length the object sets
  // is no time of the commitment.
  EXPECT_EQ(only_object("We will extend the period from three months to a maximum of six "
                        "months."),
            "the period from three months to a maximum of six months");
  {
    Analysis a = analyze_text("We will cut the waiting time to two weeks.", kDate);
    ASSERT_EQ(a.commitments.size(), 1u);
    EXPECT_EQ(text_of(a, a.commitments[0].object), "the waiting time to two weeks");
    EXPECT_FALSE(a.commitments[0].time.has_value());
  }
  // A percent sign after its number stays, at the end and before a time.
  EXPECT_EQ(only_object("We will cap interest rates at 5%."), "interest rates at 5%");
  EXPECT_EQ(only_object("We will cut emissions by 10% by 2030."), "emissions by 10%");
}

// A noun cue heads the sentence's subject: its object ends before the main verb.
TEST(Commitments, NounCueObjectEndsBeforeTheMainVerb) {
  EXPECT_EQ(only_object("Our determination to defeat this virus is absolute."), "this virus");
  Analysis a = analyze_text("Our determination to defeat this virus is absolute.", kDate);
  ASSERT_EQ(a.commitments.size(), 1u);
  EXPECT_EQ(text_of(a, a.commitments[0].span), "Our determination to defeat this virus");
  EXPECT_EQ(only_object("Our commitment to stand with Ukraine will not waver."), "with Ukraine");
}

TEST(Commitments, SpanObjectAndContinuationLines) {
  std::string text =
      "And we will keep up the pressure on Russia\xE2\x80\xA6\n\nIncluding further measures on "
      "the oil traders.";
  Analysis a = analyze_text(text, kDate);
  ASSERT_EQ(a.commitments.size(), 1u);
  const Commitment& c = a.commitments[0];
  EXPECT_EQ(text_of(a, c.span),
            "we will keep up the pressure on Russia\xE2\x80\xA6\n\nIncluding further measures on "
            "the oil traders.");
  EXPECT_EQ(text_of(a, c.object),
            "the pressure on Russia\xE2\x80\xA6\n\nIncluding further measures on the oil traders");
  EXPECT_EQ(c.action, "keep");
}

// A time that ends the object goes to the commitment's time, not its object, with the
// preposition and article that open it; a time inside the object stays.
TEST(Commitments, ObjectLeavesItsClosingTimeOut) {
  auto object_and_time = [](std::string_view text) {
    Analysis a = analyze_text(text, kDate);
    if (a.commitments.size() != 1)
      return std::string("commitments: ") + std::to_string(a.commitments.size());
    const Commitment& c = a.commitments[0];
    std::string time = c.time ? a.times[*c.time].value : "-";
    return text_of(a, c.object) + "|" + time;
  };
  EXPECT_EQ(object_and_time("We will cut taxes for families next year."),
            "taxes for families|2027");
  EXPECT_EQ(object_and_time("We will publish the strategy in the spring."), "the strategy|2026-SP");
  EXPECT_EQ(object_and_time("We will hire 300 drivers by the end of June."), "300 drivers|2026-06");
  EXPECT_EQ(object_and_time("We will meet in March."), "-|2026-03");
  EXPECT_EQ(object_and_time("We will hold talks on Friday with France."),
            "talks on Friday with France|2026-03-06");
  // The ordinal before a time goes with it: "for the first two years".
  EXPECT_EQ(object_and_time("We will exempt the levy for the first two years."), "the levy|P2Y");
  // A decade or century before the document's is past: no time of the commitment.
  EXPECT_EQ(object_and_time("We will restore the rail lines closed in the 1960s."),
            "the rail lines closed in the 1960s|-");
}

// The object stops where a clause of its own starts; "not X but Y" stays whole.
TEST(Commitments, ObjectEndsBeforeAClauseOfItsOwn) {
  auto object = [](const char* text) {
    Analysis a = analyze_text(text, kDate);
    return a.commitments.size() == 1 ? text_of(a, a.commitments[0].object) : "<none>";
  };
  EXPECT_EQ(object("We will move very quickly but everyone will be checked."), "very quickly");
  EXPECT_EQ(object("We will assert our national interests, and we expect others to do so."),
            "our national interests");
  EXPECT_EQ(object("We will set out a timetable \xE2\x80\x93 though I can only lift them later."),
            "a timetable");
  EXPECT_EQ(object("We will lead not by our power but by our example."),
            "not by our power but by our example");
  // ", and those that ..." continues a list, not a clause.
  EXPECT_EQ(object("We will sanction the regime, its network, and those that support it."),
            "the regime, its network, and those that support it");
  // A verb phrase with its own modal, a "nor" clause, a denied motive; not a contrast
  // inside the object.
  EXPECT_EQ(object("I shall always listen to the people and will soon act."), "<none>");
  EXPECT_EQ(object("From this change, we shall never turn, nor shall history forget it."), "-");
  EXPECT_EQ(
      object("We will enforce the Act, not out of devotion to ideology but because it works."),
      "the Act");
  EXPECT_EQ(object("We will pay them properly: $24 an hour, not $16.50."),
            "them properly: $24 an hour, not $16.50");
  // A cue word inside a name opens no clause of its own.
  EXPECT_EQ(object("We will double the Indigenous Loan Guarantee Program."),
            "the Indigenous Loan Guarantee Program");
}

TEST(Commitments, ConditionOnAnEarlierLineOfTheSentence) {
  std::string text =
      "And so I can say that, following a ceasefire,\n\nThe UK and France will establish "
      "hubs across the country\xE2\x80\xA6\n\nAnd build protected facilities.";
  Analysis a = analyze_text(text, kDate);
  ASSERT_EQ(a.commitments.size(), 1u);
  const Commitment& c = a.commitments[0];
  EXPECT_EQ(text_of(a, c.condition), "following a ceasefire");
  EXPECT_EQ(text_of(a, c.actor_text), "The UK and France");
  EXPECT_EQ(c.strength, Strength::kConditional);
  // The UK leads the named subject: the speaker's country; France is its partner.
  ASSERT_EQ(c.actors.size(), 2u);
  EXPECT_EQ(a.actors[c.actors[0]].id, "united-kingdom");
  EXPECT_EQ(a.actors[c.actors[1]].id, "france");
}

TEST(Commitments, TimeInsideTheClause) {
  struct TimeRow {
    const char* text;
    const char* expected;  // "action=time value" per commitment, "; "-separated
  };
  const TimeRow rows[] = {
      {"We will continue to step up our support in 2027.", "continue=2027"},
      // A time between the modal and its verb; a time of an announcing clause of its own
      // before the subject dates the announcement, not the undertaking.
      {"We will next year build homes.", "build=2027"},
      {"Today I'm announcing we will close the tax loophole.", "close="},
      {"As well as the staff I announced earlier this year, we will roll out programmes.", "roll="},
      {"Next year, I can tell you, we will build homes.", "build=2027"},
      // A discourse "Now," and a part of a period gone by are no time of the undertaking.
      {"Now, we will publish the plan.", "publish="},
      {"Earlier this year we agreed the plan and we will publish it.", "agree=; publish="},
      // A purpose clause's time is its own.
      {"We will help small firms so they can be viable contributors years from now.", "help="},
      // A past time dates something else: "enterprises previously granted relief".
      // Two will-clauses led by the United States make it the speaker's country.
      {"The United States will suspend the agreement.\n\nThe United States will re-impose "
       "sanctions on firms previously granted relief.",
       "suspend=; re-impose="},
      // A time before the subject dates the clause, unless a coordinator comes between:
      // then it belongs to the clause before.
      {"In 2027, we will cut the tax. We will build homes in 2027, and we will cut the tax.",
       "cut=2027; build=2027; cut="},
      // A date before the subject outranks a duration between it and the subject.
      {"By 2047, when the country celebrates 100 years of freedom, we will build a new nation.",
       "build=2047"},
      // A time in a relative or comparative clause of the object is that clause's.
      {"We will close the gaps that communities still face today.", "close="},
      {"We will stand by them, as we have throughout the last two years.", "stand="},
      {"We will ensure that by 2030 every child can read.", "ensure=2030"},
      {"We will raise the number of students who qualify to 175 000 a year by 2030.", "raise=2030"},
      // A date before the subject outranks a later duration; a phrase that opens the
      // sentence on a participle dates nothing of the clause after it.
      {"Next year we will observe the Jubilee, celebrating her six decades of service.",
       "observe=2027"},
      {"Building on the work of the past five years, we will cut taxes.", "cut="},
      // An age is no time of the undertaking.
      {"We will pay people 65 years of age a pension.", "pay="},
      // A stretch of time that ends now is no undertaking's time; one to come is.
      {"We will ensure that the gains of the last two decades are protected.", "ensure="},
      {"We will build on the progress of the past five years.", "build="},
      {"Over the next three years, we will build homes.", "build=P3Y"},
      // How often is not by when: a set is no commitment's time.
      {"We will pay $75 million a year to farmers.", "pay="},
      {"Prices will be reviewed quarterly from 2027.", "review=2027"},
  };
  for (const TimeRow& r : rows) {
    Analysis a = analyze_text(r.text, kDate);
    std::string got;
    for (const Commitment& c : a.commitments) {
      if (!got.empty()) got += "; ";
      got += c.action + "=" + (c.time ? a.times[*c.time].value : std::string());
    }
    EXPECT_EQ(got, r.expected) << r.text;
  }
}

TEST(Commitments, FirstPersonResolvesToTheSpeakerAndPartners) {
  std::string text =
      "Prime Minister Jane Example's remarks after the Coalition of the Willing meeting.\n\n"
      "And with our Coalition partners, we have agreed further steps.\n\n"
      "First, we will fund the air defence.\n\n"
      "We will also train pilots.";
  Analysis a = analyze_text(text, kDate);
  ASSERT_EQ(a.commitments.size(), 3u);
  auto ids = [&](const Commitment& c) {
    std::string out;
    for (uint32_t i : c.actors) out += a.actors[i].id + " ";
    return out;
  };
  ASSERT_TRUE(a.speaker.has_value());
  std::string speaker = a.actors[*a.speaker].id;
  // The partners named in the passage commit with the speaker, over the list that follows.
  EXPECT_EQ(ids(a.commitments[0]), speaker + " coalition-of-the-willing ");
  EXPECT_EQ(ids(a.commitments[1]), speaker + " coalition-of-the-willing ");
  EXPECT_EQ(ids(a.commitments[2]), speaker + " ");
}

// A known speaker speaks for the country actors_people.tsv gives them: one sentence
// naming it is then enough.
TEST(Commitments, KnownSpeakersCountryIsTheSide) {
  Analysis a = analyze_text("Remarks by Prime Minister Keir Starmer\n\nThe UK will provide more support.\n",
                            kDate);
  ASSERT_TRUE(a.speaker.has_value());
  EXPECT_EQ(a.actors[*a.speaker].side, "united-kingdom");
  ASSERT_EQ(a.commitments.size(), 1u);
  EXPECT_EQ(a.commitments[0].action, "provide");
  // A body a known speaker speaks for is on the side when the text names it.
  a = analyze_text("Remarks by Secretary-General Antonio Guterres\n\nThe United Nations will launch a "
                   "warning system.\n",
                   kDate);
  ASSERT_EQ(a.commitments.size(), 1u);
  EXPECT_EQ(a.commitments[0].action, "launch");
  // Named by its head word alone, the body is the same.
  a = analyze_text("Address by President von der Leyen\n\nNext month, the Commission will table a law.\n",
                   kDate);
  ASSERT_TRUE(a.speaker.has_value());
  EXPECT_EQ(a.actors[*a.speaker].id, "ursula-von-der-leyen");
  ASSERT_EQ(a.commitments.size(), 1u);
  EXPECT_EQ(a.commitments[0].rule, "modal-will");  // "Next month," is no list marker
  // Another known person's country is not the side.
  a = analyze_text("Remarks by Prime Minister Keir Starmer\n\nRussia will continue its attacks.\n", kDate);
  EXPECT_TRUE(a.commitments.empty());
  // A side of several ids: the body the speaker heads and the union it belongs to.
  a = analyze_text("Speech by President Charles Michel\n\nThe European Union will support Ukraine.\n",
                   kDate);
  ASSERT_EQ(a.commitments.size(), 1u);
  EXPECT_EQ(a.actors[a.commitments[0].actors[0]].id, "european-union");
}

// A country's name that only qualifies its people ("Australian university students",
// "British businesses") says what they will do, not what the side undertakes; its troops
// and the country itself still commit.
TEST(Commitments, CountryQualifyingItsPeopleIsNoSide) {
  constexpr std::string_view kHead = "Remarks by Prime Minister Keir Starmer\n\n";
  auto actions = [&](std::string_view body) {
    Analysis a = analyze_text(std::string(kHead) + std::string(body) + "\n", kDate);
    std::string out;
    for (const Commitment& c : a.commitments) out += c.action + " ";
    return out;
  };
  EXPECT_EQ(actions("British university students will pay more."), "");
  EXPECT_EQ(actions("The British people will decide."), "");
  EXPECT_EQ(actions("UK businesses will invest billions."), "");
  EXPECT_EQ(actions("British troops will deploy. Britain will lead. The UK government will act."),
            "deploy lead act ");
  // The people by their plural demonym are not the state that undertakes.
  EXPECT_EQ(actions("Britain will lead. Britons will have access to the best care."), "lead ");
  // No evidence for the side either: with no known speaker, three sentences on
  // Australian students leave the text without a side.
  Analysis a = analyze_text(
      "Remarks\n\nAustralian students will pay. Australian families will pay. Australian "
      "workers will pay.\n",
      kDate);
  EXPECT_TRUE(a.commitments.empty());
}

// What happens to a country, or to what it owns, is no evidence that it is the side.
TEST(Commitments, PassivesAndPossessorsAreNoEvidenceForTheSide) {
  Analysis a = analyze_text(
      "Remarks by Minister Jane Smith\n\nRussia will be economically weakened. Russia's war "
      "will leave its mark. Russia's capability will be limited. I will focus on three "
      "priorities.\n",
      kDate);
  ASSERT_EQ(a.commitments.size(), 1u);
  EXPECT_EQ(a.commitments[0].action, "focus");
  ASSERT_EQ(a.commitments[0].actors.size(), 1u);
  EXPECT_EQ(a.actors[a.commitments[0].actors[0]].id, "jane-smith");
}

// The subject of an agentless passive is acted on: the side commits, not the subject.
TEST(Commitments, AgentlessPassiveSubjectIsNoCommitter) {
  Analysis a = analyze_text(
      "Remarks by Minister Jane Smith\n\nThe Federal Bureau of Investigation will be given new "
      "powers.\n",
      kDate);
  ASSERT_EQ(a.commitments.size(), 1u);
  EXPECT_EQ(a.commitments[0].rule, "passive-will");
  ASSERT_EQ(a.commitments[0].actors.size(), 1u);
  EXPECT_EQ(a.actors[a.commitments[0].actors[0]].id, "jane-smith");
}

// A body named after a country ("Iraqi Border Guard") stands for that country: it is
// evidence for the side, and on the side when the country is.
TEST(Commitments, BodyNamedAfterTheCountryIsOnItsSide) {
  Analysis a = analyze_text(
      "Remarks\n\nThe Ruritanian Army will deploy. Ruritania will act. The Ruritanian Army will "
      "build roads.\n",
      kDate);
  EXPECT_EQ(a.commitments.size(), 0u) << "no such country in the gazetteer: a control";
  a = analyze_text(
      "Remarks\n\nThe Indian Army will deploy. India will act. The Indian Army will build roads.\n",
      kDate);
  ASSERT_EQ(a.commitments.size(), 3u);
  EXPECT_EQ(a.actors[a.commitments[0].actors[0]].id, "indian-army");
  // Another country's army is not the side.
  a = analyze_text(
      "Remarks\n\nMy fellow Indians, we will act. India will lead. The Pakistani Army will deploy.\n",
      kDate);
  ASSERT_EQ(a.commitments.size(), 2u);
  EXPECT_EQ(a.commitments[1].action, "lead");
}

// "My fellow Americans": the country of the people the speaker counts themself among.
TEST(Commitments, FellowCitizensNameTheSide) {
  Analysis a = analyze_text("Remarks\n\nMy fellow Australians, we will act.\n", kDate);
  ASSERT_EQ(a.commitments.size(), 1u);
  ASSERT_EQ(a.commitments[0].actors.size(), 1u);
  EXPECT_EQ(a.actors[a.commitments[0].actors[0]].id, "australia");
}

// Where the speaker stands, a state's people they count themselves among, and a nation
// that "our country" speaks for.
TEST(Commitments, SideFromWhereTheSpeakerStandsAndSpeaksFor) {
  auto side = [](const std::string& text) { return committing_ids(text); };
  EXPECT_EQ(side("Remarks\n\nHere in Canada, we will build homes.\n"), "canada ");
  EXPECT_EQ(side("Remarks\n\nMy fellow Rhode Islanders, we will build homes.\n"), "rhode-island ");
  // A country outranks a place.
  EXPECT_EQ(side("Remarks\n\nMy fellow Americans, here in Texas we will build homes.\n"),
            "united-states ");
  // "our country" and one country named more than twice as often as any other.
  EXPECT_EQ(side("Remarks\n\nIndia is rising. Indians work hard. India trades with Japan. Our "
                 "country will build homes.\n"),
            "india ");
  EXPECT_EQ(side("Remarks\n\nIndia is rising. Indians work hard. India trades with Japan. "
                 "We will build homes.\n"),
            "");
  EXPECT_EQ(side("Remarks\n\nIndia is rising. India trades with Japan. Japan agrees. Our "
                 "country will build homes.\n"),
            "");
}

// "We" named as the nation itself ("as a nation, we", "we are a country") tells, like
// "our country", that the one country named far more than any other is the side.
TEST(Commitments, WeNamedAsTheNationSpeaksForIt) {
  struct SideRow {
    std::string_view text;
    std::string_view want;
  };
  const SideRow rows[] = {
      {"Remarks\n\nNorway is rising. Norway trades with Chile. Norway is proud. As a nation, we "
       "grow. The Government will build homes.\n",
       "norway "},
      {"Remarks\n\nNorway is rising. Norway trades with Chile. Norway is proud. As a country we "
       "grow. The Government will build homes.\n",
       "norway "},
      {"Remarks\n\nNorway is rising. Norway trades with Chile. Norway is proud. We are a nation "
       "of builders. The Government will build homes.\n",
       "norway "},
      // Without the words, or with a nation that is someone else's, no side.
      {"Remarks\n\nNorway is rising. Norway trades with Chile. Norway is proud. The Government "
       "will build homes.\n",
       ""},
      {"Remarks\n\nNorway is rising. Norway trades with Chile. Norway is proud. As a nation, they "
       "grow. The Government will build homes.\n",
       ""},
  };
  for (const SideRow& r : rows) EXPECT_EQ(committing_ids(std::string(r.text)), r.want) << r.text;
}

// What the speaker assures the hearers will happen is the side's undertaking: an
// agentless passive or a clause of no one else's; not a clause of another's subject, and
// not a report of what others were assured.
TEST(Commitments, ClauseOfTheSpeakersAssurance) {
  static constexpr Row kRows[] = {
      {"I assure you that the border will be reopened.",
       "the border|will|reopen|firm|positive|-|passive-will"},
      {"I wish to assure the House that free speech will be upheld.",
       "free speech|will|uphold|firm|positive|-|passive-will"},
      {"Let me reassure you that the ferry service will not be abandoned.",
       "the ferry service|will|abandon|firm|negative|-|passive-will"},
      {"Let me reassure you that the ferry service will not falter.",
       "the ferry service|will|falter|firm|negative|-|decided-will"},
      {"The ferry service will not be abandoned.", ""},
      {"We want to assure the members that roads, ports and schools will be upheld.",
       "ports and schools|will|uphold|firm|positive|-|passive-will"},
      {"They assured us that the border will be upheld.", ""},
      {"I assure you that Russia will invade.", ""},
      {"I told you that the border will be upheld.", ""},
  };
  check_rows(kRows, std::size(kRows));
}

// A preposition alone where the object should be, after a subject that follows a noun:
// the clause describes that noun ("the town we want to settle in").
TEST(Commitments, StrandedPrepositionDescribesANoun) {
  static constexpr Row kRows[] = {
      {"We all know what sort of town we want to settle in.", ""},
      {"That is the kind of harbour we hope to sail from.", ""},
      {"We will not give in.", "We|will|give|firm|negative|-|modal-will"},
      {"And we will step up.", "we|will|step|firm|positive|-|modal-will"},
      {"We want to live in peace.", "We|want|live|aspirational|positive|-|aspiration"},
  };
  check_rows(kRows, std::size(kRows));
}

// Two participles joined by "and" after "will be": the object follows the second.
TEST(Commitments, ObjectAfterJoinedParticiples) {
  EXPECT_EQ(only_object("Flood risks will be studied and reduced in every town."), "in every town");
  EXPECT_EQ(only_object("Flood risks will be reduced in every town."), "in every town");
}

// A territory that a "the Government" speech names far more than every other place is
// the side; not a country (the words above decide there), not below ten mentions.
TEST(Commitments, SideFromATerritoryNamedThroughout) {
  std::string text = "Budget speech\n\n";
  for (int i = 0; i < 10; ++i) text += "Hong Kong grew. ";
  text += "France agreed. The Government will build homes.\n";
  EXPECT_EQ(committing_ids(text), "hong-kong ");
  std::string fewer = "Budget speech\n\n";
  for (int i = 0; i < 9; ++i) fewer += "Hong Kong grew. ";
  fewer += "France agreed. The Government will build homes.\n";
  EXPECT_EQ(committing_ids(fewer), "");
}

// "X reaffirms its commitment to ...": the subject of the reaffirming verb owns the noun;
// an own body created in an agentless passive is acted on, not a committer.
TEST(Commitments, ReaffirmedThirdPersonCommitmentAndCreatedBodies) {
  EXPECT_EQ(dump_all("The Government reaffirms its commitment to supporting small firms."),
            "The Government|commitment|support|firm|positive|-|nominal-commitment");
  EXPECT_EQ(dump_all("Russia values its commitment to the treaty."), "");
  EXPECT_EQ(committing_ids("Remarks by the Prime Minister of Canada\n\nCanada will act. A Canada "
                           "Investment Fund will be created to help small firms.\n"),
            "canada canada ");
  EXPECT_EQ(dump_all("The Environmental Assessment Act will be proclaimed."),
            "The Environmental Assessment Act|will|proclaim|firm|positive|-|passive-will");
  EXPECT_EQ(dump_all("Our Chairmanship will focus on trade."),
            "Our Chairmanship|will|focus|firm|positive|-|modal-will");
}

// A journalist's turn in a transcript commits no one, up to the next speaker's label.
TEST(Commitments, NoCommitmentInAQuestionersTurn) {
  EXPECT_EQ(dump_all("MS PORTER: We will support Ukraine.\n\nQUESTION: There are reports that "
                     "British troops will be withdrawn from Iraq by April. Will you act?\n\nMS "
                     "PORTER: We will act."),
            "We|will|support|firm|positive|-|modal-will ; We|will|act|firm|positive|-|modal-will");
  EXPECT_EQ(dump_all("Q Mr. President, the UK will cut taxes. Is that right?\n\nTHE PRESIDENT: "
                     "We will cut taxes too."),
            "We|will|cut|firm|positive|-|modal-will");
}

// Another named person's turn is theirs: a joint press conference's guest speaks for their
// country; a host's turn ("MR. COOPER:", no actor, not the speaker) commits no one; a
// salutation ("Mr President:") is no turn of another.
TEST(Commitments, AnotherPersonsTurnIsTheirs) {
  EXPECT_EQ(committing_ids("Remarks by President Joe Biden and President Emmanuel Macron\n\n"
                           "PRESIDENT BIDEN: The United States will support Ukraine. We will "
                           "act.\n\nPRESIDENT MACRON: We will move forward as Europeans. France "
                           "will host the summit.\n\nPRESIDENT BIDEN: We will help.\n"),
            "united-states joe-biden joe-biden united-states emmanuel-macron france france "
            "emmanuel-macron joe-biden united-states ");
  EXPECT_EQ(dump_all("Remarks by President Joe Biden in a Town Hall\n\nMR. COOPER: We'll be "
                     "right back. We will take your questions.\n\nTHE PRESIDENT: We will cut "
                     "taxes.\n"),
            "We|will|cut|firm|positive|-|modal-will");
  EXPECT_EQ(dump_all("Mr President: we will support the work of this Assembly.\n"),
            "we|will|support|firm|positive|-|modal-will");
}

// "Our Government will ... It will ...": the government taken up by "it".
TEST(Commitments, ItAfterTheGovernmentIsTheGovernment) {
  EXPECT_EQ(dump_all("Our Government will balance the budget. It will also cut taxes by "
                     "September."),
            "Our Government|will|balance|firm|positive|-|modal-will ; "
            "It|will|cut|firm|positive|-|modal-will");
  // Not without a government before it, nor after a sentence or two of other things.
  EXPECT_EQ(dump_all("The plan is ready. It will cut taxes."), "");
  // A government that opens a sentence of any verb: "It" takes it up.
  EXPECT_EQ(dump_all("The Government is responding to the crisis. It will cut the tax on homes."),
            "It|will|cut|firm|positive|-|modal-will");
  EXPECT_EQ(dump_all("The Government of Russia is responding. It will cut the tax."), "");
  EXPECT_EQ(dump_all("Our Government will balance the budget. Prices fell. Wages rose. Trade "
                     "grew. It will cut taxes."),
            "Our Government|will|balance|firm|positive|-|modal-will");
}

// A country in the title line is the speaker's side only when it is not the topic.
TEST(Commitments, TitleCountryThatIsTheTopicIsNoSide) {
  auto side = [](const char* title) {
    return committing_ids(std::string(title) + "\n\nFrance will host the summit. We will act.\n");
  };
  EXPECT_EQ(side("Statement on France"), "");
  EXPECT_EQ(side("France: update"), "");
  EXPECT_EQ(side("Visit to the France of tomorrow"), "");
  EXPECT_EQ(side("France and the world"), "france france ");
  // A country in a list after the topic word is a topic too.
  EXPECT_EQ(side("Statement on Iraq, Syria, France and the Middle East"), "");
  // The country of the place where the speech was given, after a no-break space too, as a
  // web page's title writes it, or its YAML front matter escapes it.
  EXPECT_EQ(side("Remarks at a Press Conference in Paris, France"), "");
  EXPECT_EQ(side("Remarks at a Press Conference in Paris,\u00a0France"), "");
  EXPECT_EQ(
      committing_ids("---\ntitle: \"Remarks at a Press Conference in Paris,\\_France\"\n---\n\n"
                     "France will host the summit. We will act.\n"),
      "");
}

TEST(Commitments, SpeakerOfABodyHasNoCountry) {
  Analysis a = analyze_text(
      "Press conference by NATO Secretary General Jens Stoltenberg\n\nToday we were joined by "
      "Georgia, Finland and Sweden. Georgia and Finland spoke. Georgia and Sweden met. We will "
      "step up our support.\n",
      kDate);
  ASSERT_EQ(a.commitments.size(), 1u);
  std::string ids;
  for (uint32_t i : a.commitments[0].actors) ids += a.actors[i].id + " ";
  EXPECT_EQ(ids, "jens-stoltenberg nato ");
}

// An opposition speaker speaks for a party, not for the country its government runs,
// however often the text says "our country".
TEST(Commitments, OppositionSpeakerHasNoCountry) {
  auto text = [](std::string_view role) {
    return "Speech to the New Zealand Labour Party Congress\nSam Reyes, " + std::string(role) +
           ", 14 May 2017\n\nAll have served our party and our country. New Zealand will lead. "
           "New Zealand will grow. We will build homes. Labour will fix the health system.\n";
  };
  Analysis a = analyze_text(text("Leader of the Opposition"), kDate);
  ASSERT_TRUE(a.speaker.has_value());
  EXPECT_EQ(a.actors[*a.speaker].role, "Leader of the Opposition");
  EXPECT_EQ(committing_ids(text("Leader of the Opposition")),
            "sam-reyes labour-party labour-party sam-reyes ");
  // The same speech by the Prime Minister speaks for the country too.
  EXPECT_EQ(committing_ids(text("Prime Minister")),
            "new-zealand sam-reyes new-zealand sam-reyes sam-reyes new-zealand labour-party "
            "labour-party sam-reyes ");
}

TEST(Commitments, KnownSpeakerSpeaksForTheirOwnCountryOnly) {
  Analysis a = analyze_text(
      "Speech by President Joe Biden\n\nFrance will help us. France will help us again. We "
      "will act.\n",
      kDate);
  std::string out;
  for (const Commitment& c : a.commitments) {
    out += "[";
    for (uint32_t i : c.actors) out += a.actors[i].id + " ";
    out += "]";
  }
  EXPECT_EQ(out, "[joe-biden ]");
}

TEST(Commitments, LetterheadNamesTheSideAndFriendsAreOthers) {
  auto side = [](const char* text) {
    Analysis a = analyze_text(text, kDate);
    std::string out;
    for (const Commitment& c : a.commitments)
      for (uint32_t i : c.actors) out += a.actors[i].id + " ";
    return out;
  };
  // A government's name alone on its line heads its own statement.
  EXPECT_EQ(side("Statement by the Minister\n\nAustralian Government\n\nIraq and Syria met. Iraq and "
                 "Syria spoke. Iraq and Syria left. We will continue our work.\n"),
            "australia ");
  // "our Afghan friends" are others: no evidence that "we" are Afghanistan.
  EXPECT_EQ(side("We thank our Afghan friends. We will continue our work.\n"), "");
  // A pair after "between" or "both" is in its usual order, not the speaker's side first.
  EXPECT_EQ(side("Trade between Australia and New Zealand grew. Firms in both Australia and New "
                 "Zealand gained. We will cut taxes.\n"),
            "");
  EXPECT_EQ(side("Australia and New Zealand will act. Australia and Fiji will talk. We will cut "
                 "taxes.\n"),
            "australia new-zealand australia fiji australia ");
  // The speaker's office on its own header line under the name: that country speaks.
  EXPECT_EQ(side("Statement by Hon Susan Hartley\nPrime Minister of Barbados\n\nNew York, 27 "
                 "September 2024\n\nWe will support Haiti.\n"),
            "susan-hartley barbados ");
  EXPECT_EQ(side("Statement by Hon Susan Hartley\nPresident of the Republic of Malawi\n\n27 "
                 "September 2024\n\nWe will support Haiti.\n"),
            "susan-hartley malawi ");
  // Not an office: a topic line ("Relations with Barbados").
  EXPECT_EQ(side("Statement by Hon Susan Hartley MP\nVisit to Barbados\n\n27 September "
                 "2024\n\nWe will support Haiti.\n"),
            "susan-hartley ");
}

// A party the header names is the speaker's: its will-clauses are the side's, and "we"
// includes it. Named only in the body, a party is no side: it may be the opponent.
TEST(Commitments, APartyInTheHeaderIsTheSpeakersSide) {
  auto commits = [](const char* text) {
    Analysis a = analyze_text(text, kDate);
    std::string out;
    for (const Commitment& c : a.commitments) {
      out += c.action + ":";
      for (uint32_t i : c.actors) out += a.actors[i].id + ",";
      out += " ";
    }
    return out;
  };
  EXPECT_EQ(commits("Susan Hartley - Speech at Green Party Conference\n\nThe Green Party will "
                    "abolish tuition fees. We will build homes.\n"),
            "abolish:green-party,susan-hartley, build:susan-hartley,green-party, ");
  EXPECT_EQ(commits("Speech on the economy\n\nThe Labour Party will cut taxes. The Green Party "
                    "will abolish tuition fees.\n"),
            "");
  // The party's name after an elliptical condition or a fronted phrase without a comma.
  EXPECT_EQ(commits("Sam Reyes - Speech at Labour Party Conference\n\nIf re-elected Labour will "
                    "abolish tuition fees. Under our plan Labour will build homes.\n"),
            "abolish:labour-party,sam-reyes, build:labour-party,sam-reyes, ");
  // A national congress that is a party.
  EXPECT_EQ(commits("Indian National Congress manifesto 2019\n\nThe Indian National Congress "
                    "will create jobs.\n"),
            "create:indian-national-congress, ");
}

// Found by a random-word input: two quotation marks before a subject made the
// subject's context scan step in place forever.
TEST(Commitments, QuotationMarksBeforeASubjectTerminate) {
  EXPECT_EQ(dump_all("\xE2\x80\x9C \xE2\x80\x9D we will go."), "we|will|go|firm|positive|-|modal-will");
  EXPECT_EQ(dump_all("\" \" \" we will go."), "");  // inside an open quotation
}

// Regression for deciding clauses one sentence at a time: the speaker's country is known
// only after the last sentence ("Our United Kingdom forces"), yet it decides the clauses of
// the first, read (and its words dropped) long before; a shorter sentence reuses the
// first one's word buffers in between. Expected rows are the output before the change.
TEST(Commitments, SpeakerCountryFromLaterSentencesDecidesEarlierClauses) {
  EXPECT_EQ(
      dump_all("The United Kingdom will deploy forces to the region, and the government will "
               "fund the mission; the Russian government will protest, and sanctions will be "
               "imposed on those who attack shipping.\n\n"
               "France will host the summit.\n\n"
               "Our United Kingdom forces stand ready, and we will act.\n"),
      "The United Kingdom|will|deploy|firm|positive|-|modal-will ; "
      "the government|will|fund|firm|positive|-|modal-will ; "
      "sanctions|will|impose|firm|positive|-|passive-will ; "
      "we|will|act|firm|positive|-|modal-will");
}

TEST(Commitments, NamesOfStrengthAndPolarity) {
  EXPECT_STREQ(strength_name(Strength::kFirm), "firm");
  EXPECT_STREQ(strength_name(Strength::kConditional), "conditional");
  EXPECT_STREQ(strength_name(Strength::kIntent), "intent");
  EXPECT_STREQ(strength_name(Strength::kAspirational), "aspirational");
  EXPECT_STREQ(polarity_name(Polarity::kPositive), "positive");
  EXPECT_STREQ(polarity_name(Polarity::kNegative), "negative");
}

// A sentence that starts inside a quotation an earlier sentence opened carries someone
// else's words: a note or a letter read out (State of the Union 2002 and 2014).
TEST(Commitments, SentencesInsideAnEarlierQuotationAreSomeoneElses) {
  static constexpr Row kRows[] = {
      {"A boy left a note: \xE2\x80\x9C"
       "Dear Daddy, please take this to heaven. I will play "
       "football with you again some day.\xE2\x80\x9D We will honour him.",
       "We|will|honour|firm|positive|-|modal-will"},
      {"She wrote me a letter. \xE2\x80\x9CI am not dependent on anyone. I will pay my taxes, and "
       "we will raise our children.\xE2\x80\x9D",
       ""},
      {"She wrote: \"Please help. We will pay it back.\"", ""},
      // A quotation that opens the paragraph is the speaker's own, as a press office prints it.
      {"\xE2\x80\x9CWe will build homes. We will cut taxes.\xE2\x80\x9D",
       "We|will|build|firm|positive|-|modal-will ; We|will|cut|firm|positive|-|modal-will"},
      // A quotation left open ends with its paragraph.
      {"He said: \xE2\x80\x9CWe will fight.\n\nWe will build homes.",
       "We|will|build|firm|positive|-|modal-will"},
      // Sentences without a mark of their own inside the quotation (quoted() answers
      // them without reading their words).
      {"She wrote me a letter. \xE2\x80\x9CI am tired. We will cut taxes. We will build homes."
       "\xE2\x80\x9D We will honour her.",
       "We|will|honour|firm|positive|-|modal-will"},
  };
  check_rows(kRows, std::size(kRows));
}

// clauses() passes over a word that is no trigger, modal, auxiliary or cue word unless it
// is "have", "going", "is" or "are": the rules that open at any of those still fire.
TEST(Commitments, ClausesOpenAtHaveGoingIsAre) {
  static constexpr Row kRows[] = {
      {"We are going to cut taxes.", "We|going to|cut|firm|positive|-|going-to"},
      {"You will have our support.", "our|will|support|firm|positive|-|assurance"},
      {"Our partners are confident that we will deliver.",
       "we|will|deliver|firm|positive|-|modal-will"},
      {"We shall defend our island.", "We|shall|defend|firm|positive|-|modal-shall"},
      {"We'll defend our island.", "We|will|defend|firm|positive|-|modal-will"},
      {"We are determined to defend our island.",
       "We|determined|defend|firm|positive|-|determined-to"},
      {"We pledge to defend our island.", "We|pledge|defend|firm|positive|-|verb-pledge"},
  };
  check_rows(kRows, std::size(kRows));
}

// A token that is two words ("won't": "wo" + "n't") in a sentence after a shorter one:
// build_words() sizes its reused word storage for two words a token.
TEST(Commitments, ContractionsSplitInALongerSentence) {
  EXPECT_EQ(dump_all("Go.\nWe won't raise taxes, and we won't, we won't, cut pensions.\n"),
            "We|will|raise|firm|negative|-|modal-will");
  EXPECT_EQ(dump_all("Won't won't won't won't won't won't won't won't."), "");
}

// Where a quotation opens, the last line with text before its line says whose words it
// holds: after a colon (blank lines, white space and CR between) someone else's, after a
// full stop the speaker's own; a line end inside the quotation closes it when the line
// ends a sentence. QuoteTracker reads line ends only inside a quotation and reads back
// from the mark where one opens.
TEST(Commitments, QuotationAfterAColonLineIsSomeoneElses) {
  static constexpr Row kRows[] = {
      {"We met them:\n\n  \xE2\x80\x9CWe will cut taxes. We will build homes.\xE2\x80\x9D\n", ""},
      {"We met them.\n\n  \xE2\x80\x9CWe will cut taxes. We will build homes.\xE2\x80\x9D\n",
       "We|will|cut|firm|positive|-|modal-will ; We|will|build|firm|positive|-|modal-will"},
      {"We met them: \r\n \r\n\xE2\x80\x9CWe will cut taxes. We will build homes.\xE2\x80\x9D\n",
       ""},
      {"We met them. \r\n \r\n\xE2\x80\x9CWe will cut taxes. We will build homes.\xE2\x80\x9D\n",
       "We|will|cut|firm|positive|-|modal-will ; We|will|build|firm|positive|-|modal-will"},
      {"Intro line:\n\xE2\x80\x9CWe will fight,\nand we will cut taxes. We will build homes."
       "\xE2\x80\x9D\nWe will win.\n",
       ""},
      {"Intro line:\n\xE2\x80\x9CWe will fight.\nWe will cut taxes. We will build homes."
       "\xE2\x80\x9D\nWe will win.\n",
       "We|will|cut|firm|positive|-|modal-will ; We|will|build|firm|positive|-|modal-will"},
  };
  check_rows(kRows, std::size(kRows));
}

// Two modals joined before one verb share the first one's subject; "and we will" between
// dashes is inserted like the comma-inserted "and will" (State of the Union 1978, 2002).
TEST(Commitments, TwoModalsJoinedBeforeOneVerb) {
  static constexpr Row kRows[] = {
      {"America and our allies must not and will not allow it.",
       "America and our allies|will|allow|firm|negative|-|modal-will"},
      {"We can\xE2\x80\x94" "and we will\xE2\x80\x94" "reduce the tax burden by $25 billion.",
       "we|will|reduce|firm|positive|-|modal-will"},
      {"We can and will reduce the tax burden.", "We|will|reduce|firm|positive|-|modal-will"},
      {"They must and will leave.", ""},
  };
  check_rows(kRows, std::size(kRows));
}

// "..., and we will.": the verb the clause before names after a modal, "to" or a
// preposition (State of the Union 1978, 2002).
TEST(Commitments, ElliptedVerbAfterAndWeWill) {
  static constexpr Row kRows[] = {
      {"We can move rapidly toward a balanced budget\xE2\x80\x94" "and we will.",
       "we|will|move|firm|positive|-|modal-will"},
      {"Retirement security depends upon keeping the commitments of Social Security, and we will.",
       "we|will|keep|firm|positive|-|modal-will"},
      {"We need to act on climate, and we shall.", "we|shall|act|firm|positive|-|modal-shall"},
      {"We must succeed, and I believe we will.", ""},
      {"They said it could not be done. But we will.", ""},
      {"He would have done it, and we will.", ""},
  };
  check_rows(kRows, std::size(kRows));
  EXPECT_EQ(only_object("We can move rapidly toward a balanced budget, and we will."),
            "rapidly toward a balanced budget");
  Analysis a = analyze_text("We can move toward a balanced budget, and we will.", kDate);
  ASSERT_EQ(a.commitments.size(), 1u);
  EXPECT_EQ(text_of(a, a.commitments[0].span),
            "We can move toward a balanced budget, and we will.");
}

// An assurance that the hearers can count on the side is its undertaking to support them
// (a known miss of earlier reviews; Ghana at the UN 2024: "You can count on Ghana's support").
TEST(Commitments, AssuranceThatTheHearersCanCountOnTheSide) {
  static constexpr Row kRows[] = {
      {"You can count on us.", "us|count on|support|firm|positive|-|assurance"},
      {"You can always count on our support.", "our|count on|support|firm|positive|-|assurance"},
      {"You can rely on me.", "me|count on|support|firm|positive|-|assurance"},
      {"You can be assured of our full support.",
       "our|assured of|support|firm|positive|-|assurance"},
      {"Rest assured of our solidarity.", "our|assured of|support|firm|positive|-|assurance"},
      {"You can count on the rain in April.", ""},
      {"We cannot depend on the goodwill of others.", ""},
      {"You can be assured of our doubts.", ""},
      {"They can count on us.", ""},
  };
  check_rows(kRows, std::size(kRows));
  EXPECT_EQ(committing_ids("Statement by the President of the Republic of Ghana\n\n"
                           "Mr. President, Ghana congratulates you. You can count on Ghana's "
                           "support. Ghana will send troops to the mission."),
            "ghana ghana ");
}

// "We continue to stand ready to help": readiness after a present "continue to".
TEST(Commitments, ContinuingToStandReadyIsReadiness) {
  static constexpr Row kRows[] = {
      {"We continue to stand ready to help.", "We|ready|help|intent|positive|-|readiness"},
      {"We continued to stand ready to help them.", ""},
      {"We will continue to stand ready to help.",
       "We|will|continue|firm|positive|-|modal-will"},
  };
  check_rows(kRows, std::size(kRows));
}

// Clauses that look like the side's and are not: a when-clause of the conjunct before
// "and" is no condition; a will-clause right after a belief verb is what someone hopes;
// a wish without an object after a noun describes the noun (State of the Union 1990).
TEST(Commitments, ConditionsBeliefsAndWishesOfOtherClauses) {
  static constexpr Row kRows[] = {
      {"To everyone counting on it when they retire, we made a promise, and we are going to "
       "keep it.",
       "we|going to|keep|firm|positive|-|going-to"},
      {"When the bill passes, we will sign it.",
       "we|will|sign|conditional|positive|When the bill passes|modal-will"},
      {"It is a letter servicemen write and hope will never be sent.", ""},
      {"That is part of the future we want to see, the future we can make.", ""},
      {"This is the Canada we want to build.", ""},
      {"We want to help.", "We|want|help|aspirational|positive|-|aspiration"},
  };
  check_rows(kRows, std::size(kRows));
}

// A non-restrictive relative of the speaker's own government act: "..., which I will send
// to Congress tomorrow" (State of the Union 1990).
TEST(Commitments, RelativeClauseOfTheSpeakersOwnAct) {
  static constexpr Row kRows[] = {
      {"It is a new initiative, which I will send to Congress tomorrow.",
       "I|will|send|firm|positive|-|modal-will"},
      {"These are truths that we will never question.", ""},
      {"It is a plan, which we will discuss with you.", ""},
      {"It is a plan which we will publish.", ""},
  };
  check_rows(kRows, std::size(kRows));
}

// The speech's own manner is no undertaking; approving or issuing an instrument binds
// like signing it (Biden on Burma, 2021).
TEST(Commitments, BriefRemarksAndApprovedInstruments) {
  static constexpr Row kRows[] = {
      {"I'm going to be very brief.", ""},
      {"I'll be quite frank with you.", ""},
      {"We will be very active in the region.", "We|will|be|firm|positive|-|modal-will"},
      {"Today, I've approved a new executive order enabling us to sanction the leaders.",
       "I|approve|approve|firm|positive|-|signed-instrument"},
      {"We issued a joint declaration on ports.",
       "We|issue|issue|firm|positive|-|signed-instrument"},
      {"We issued a statement.", ""},
  };
  check_rows(kRows, std::size(kRows));
}

// From Bush's address on Somalia (1992): a subject that opens with a pronoun and a
// coordination; a promise that announces the clause after its colon; the hearers
// assured that they will have the side's support.
TEST(Commitments, CoordinatedPronounSubjectsAndAnnouncedPromises) {
  static constexpr Row kRows[] = {
      {"Now we and our allies will ensure that aid gets through.",
       "we and our allies|will|ensure|firm|positive|-|modal-will"},
      {"Members, you and I will work together on farm policy.",
       "you and I|will|work|firm|positive|-|modal-will"},
      {"To the people of Somalia I promise this: We do not plan to dictate political outcomes.",
       "We|plan|dictate|intent|negative|-|intent-verb"},
      {"As Commander in Chief I assure you, you will have our full support.",
       "our|will|support|firm|positive|-|assurance"},
      {"You will have our doubts.", ""},
      {"You will not have our support.", ""},
  };
  check_rows(kRows, std::size(kRows));
}

// Fiji at the UN 2024: "Fiji has signed and will ratify" shares the name with the perfect
// before "and"; the side from a header whose office wraps before "the Republic of" after
// the speaker's name and comma, or from a "<Country> National Statement" heading.
TEST(Commitments, NamedPerfectSharedAndUnStatementHeaders) {
  EXPECT_EQ(committing_ids("Statement by the Prime Minister of Fiji\n\n"
                           "Fiji has signed and will ratify the Agreement on Biodiversity."),
            "fiji fiji ");
  EXPECT_EQ(committing_ids("NATIONAL STATEMENT\n\nHis Excellency Ratu Wiliame Katonivere, "
                           "President of\nthe Republic of Fiji\n\nThursday, 26 September 2024\n\n"
                           "We will continue to work with the United Nations."),
            "wiliame-katonivere fiji ");
  EXPECT_EQ(committing_ids("Fiji National Statement\n\n"
                           "We will continue to work with the United Nations."),
            "fiji ");
  EXPECT_EQ(committing_ids("Statement\n\nWe will continue to work with Fiji and Samoa."), "");
}

// Bush's address on the budget agreement (1990): the instrument the speech presents
// undertakes a government act ("This agreement will also raise revenue"); a demonym
// after "every" names the people; a future perfect with adverbs before its participle
// still foretells.
TEST(Commitments, PresentedInstrumentsPeopleAndFuturePerfects) {
  EXPECT_EQ(committing_ids("Budget speech by the Minister of Finance of Kenya\n\n"
                           "This Budget will cut taxes for families. This agreement will also "
                           "raise revenue. This Budget will not raise VAT."),
            "kenya kenya kenya ");
  static constexpr Row kRows[] = {
      {"This budget will hurt families.", ""},
      {"This plan will not work.", ""},
      {"Then we will have once again achieved our aims.", ""},
      {"By 2030 we will have built 100 schools.", "we|will|build|firm|positive|-|modal-will"},
  };
  check_rows(kRows, std::size(kRows));
  EXPECT_EQ(committing_ids("Address by the President of the United States\n\n"
                           "If we succeed, every American will have a large burden lifted. "
                           "America will lead."),
            "united-states ");
}

// Spoken remarks break a clause off at a dash and start it again (Biden on COVID-19 and
// on Afghanistan, 2021): only the second counts.
TEST(Commitments, FalseStartsBeforeADash) {
  static constexpr Row kRows[] = {
      {"Because we\xE2\x80\x99re going to do \xE2\x80\x94 we\xE2\x80\x99re going to do everything "
       "we can.",
       "we|going to|do|firm|positive|-|going-to"},
      {"We\xE2\x80\x99ll do it \xE2\x80\x94 we\xE2\x80\x99ll do it responsibly.",
       "we|will|do|firm|positive|-|modal-will"},
      {"But we want to make \xE2\x80\x94 look, that\xE2\x80\x99s \xE2\x80\x94 I want to repeat: "
       "it is enough.",
       ""},
      {"We will act \xE2\x80\x94 and act quickly.", "We|will|act|firm|positive|-|modal-will"},
      {"We will build \xE2\x80\x94 we hope \xE2\x80\x94 many homes.",
       "We|will|build|firm|positive|-|modal-will"},
  };
  check_rows(kRows, std::size(kRows));
}

// Ireland at the UN 2024: "we have recommitted to the Sustainable Development Goals" (a
// noun after "recommit to", as after "commit to"); a country's own ongoing policy with a
// time to come ("Ireland is seeking membership ... for the period 2027-2029").
TEST(Commitments, RecommittedGoalsAndANamedSidesOngoingPolicy) {
  static constexpr Row kRows[] = {
      {"We have recommitted to the Sustainable Development Goals.",
       "We|recommit|recommit|firm|positive|-|verb-commit"},
      {"We recommit to doubling aid.", "We|recommit|double|firm|positive|-|verb-commit"},
      // Sri Lanka at the UN 2024: an agentless passive of setting up.
      {"Measures will be put in place to generate greater resources.",
       "Measures|will|put|firm|positive|-|passive-will"},
      {"The blame will be put in the wrong place.", ""},
  };
  check_rows(kRows, std::size(kRows));
  const std::string header = "Statement by the Minister of Foreign Affairs of Ireland\n\n";
  EXPECT_EQ(committing_ids(header + "Ireland is seeking membership of the Council for the "
                                    "period 2027-2029."),
            "ireland ");
  EXPECT_EQ(committing_ids(header + "Russia is seeking to annex territory next year."), "");
  EXPECT_EQ(committing_ids(header + "Ireland is working to support adaptation."), "");
}

// Trinidad and Tobago at the UN 2024: "I assure you of <side>'s full support"; a
// nominal commitment in an opening "In reaffirming ..." phrase ends at its comma; a
// noun after a preposition does not join the pronoun after "and".
TEST(Commitments, AssuranceOfSupportAndPhraseEnds) {
  static constexpr Row kRows[] = {
      {"I assure you of our full support and cooperation.",
       "our|assure|support|firm|positive|-|assurance"},
      {"We assure the Assembly of our cooperation.",
       "our|assure|support|firm|positive|-|assurance"},
      {"I assure you of our doubts.", ""},
      {"We can be leaders of this very Assembly and we will continue to give more.",
       "we|will|continue|firm|positive|-|modal-will"},
      {"Prime Minister Maliki and I will meet.",
       "Prime Minister Maliki and I|will|meet|firm|positive|-|modal-will"},
  };
  check_rows(kRows, std::size(kRows));
  Analysis a = analyze_text(
      "In reaffirming our commitment to this regional campaign, the Government appointed a "
      "committee last year.",
      kDate);
  ASSERT_EQ(a.commitments.size(), 1u);
  EXPECT_EQ(text_of(a, a.commitments[0].object), "this regional campaign");
}

// The Maldives at the UN 2024: "cannot — and will not — watch"; a ratified treaty; a
// calendar's anniversary is no undertaking; "the Maldives is seeking ... for the 2027 to
// 2029 term"; a body the speaker has just created acts for the side; "This we will do".
TEST(Commitments, MaldivesPatterns) {
  static constexpr Row kRows[] = {
      {"This morning, I ratified the Global Ocean Treaty.",
       "I|ratify|ratify|firm|positive|-|signed-instrument"},
      {"In 2040, we will celebrate 75 years since regaining our independence.", ""},
      {"We will mark the 50th anniversary of the treaty.", ""},
      {"We have set up a team of experts. This team will report to me in June.",
       "This team|will|report|firm|positive|-|modal-will"},
      {"The Russians created a commission. This commission will investigate us.", ""},
  };
  check_rows(kRows, std::size(kRows));
  EXPECT_EQ(dump_all("We cannot \xE2\x80\x94 and will not \xE2\x80\x94 watch and stand idle."),
            "We|will|watch|firm|negative|-|modal-will");
  EXPECT_EQ(committing_ids("Address by the President of the Republic of Maldives\n\n"
                           "The Maldives cannot \xE2\x80\x94 and will not \xE2\x80\x94 watch."),
            "maldives ");
  EXPECT_EQ(committing_ids("Address by the President of the Republic of Maldives\n\n"
                           "That is why the Maldives is seeking to get elected to the Council "
                           "for the 2027 to 2029 term."),
            "maldives ");
  Analysis a = analyze_text("This we will do by reforming our institutions.", kDate);
  ASSERT_EQ(a.commitments.size(), 1u);
  EXPECT_EQ(text_of(a, a.commitments[0].span), "This we will do by reforming our institutions.");
}

// New Zealand at the UN 2024: a noun cue before a longer parenthetical and "to"; a
// "<Country> Statement delivered by" heading names the side.
TEST(Commitments, IntentionAfterAParentheticalAndStatementHeadings) {
  EXPECT_EQ(committing_ids("NEW ZEALAND\n\nNew Zealand Statement delivered by\nRt Hon Winston "
                           "Peters\n\nSo, to that end, we announce today New\nZealand\xE2\x80\x99s "
                           "intention, as a voice for small states, to campaign for a seat."),
            "new-zealand winston-peters ");
  EXPECT_EQ(dump_all("We announce our intention, as a voice for small states, to campaign for a "
                     "seat."),
            "our|intention|campaign|intent|positive|-|nominal-commitment");
}

// Solomon Islands and Zambia at the UN 2024, Biden's remarks of 2023: a name's present
// tense shares its subject with "and will"; an assurance without the name's apostrophe;
// "is pleased to indicate its intention to"; "remains resolute in ensuring"; "aspires
// to"; "see this through"; a government of before; "As stated last year" is no time.
TEST(Commitments, NamedPresentSharedAndStatedStances) {
  const std::string header = "Statement by the Minister of Foreign Affairs of Solomon Islands\n\n";
  EXPECT_EQ(committing_ids(header + "As stewards of the ocean, Solomon Islands values the work "
                                    "of the Commission and will continue to address claims."),
            "solomon-islands ");
  EXPECT_EQ(committing_ids(header + "Solomon Islands has signed and will ratify the Agreement."),
            "solomon-islands solomon-islands ");
  EXPECT_EQ(committing_ids(header + "Russia continues its war and will not stop."), "");
  EXPECT_EQ(committing_ids(header + "The report that Solomon Islands presents and will publish "
                                    "is long."),
            "");
  EXPECT_EQ(committing_ids(header + "Rest assured of Solomon Islands support during your tenure."),
            "solomon-islands ");
  EXPECT_EQ(committing_ids(header + "Rest assured of Solomon Islands doubts."), "");
  EXPECT_EQ(committing_ids(header + "Solomon Islands aspires to be a candidate for the seat."),
            "solomon-islands ");
  const std::string zambia = "Statement by the Minister of Foreign Affairs of Zambia\n\n";
  EXPECT_EQ(committing_ids(zambia + "Zambia is pleased to indicate its intention to present its "
                                    "candidature for membership of the Council."),
            "zambia ");
  EXPECT_EQ(committing_ids(zambia + "Russia announced its intention to leave the treaty."), "");
  static constexpr Row kRows[] = {
      {"Further, we remain resolute in ensuring that human rights are upheld.",
       "we|resolute|ensure|firm|positive|-|determined-to"},
      {"We remain resolute in our views.", ""},
      {"But what we\xE2\x80\x99re going to \xE2\x80\x94 we\xE2\x80\x99re going to see this "
       "through.",
       "we|going to|see|firm|positive|-|going-to"},
      {"We will see growth through the year.", ""},
      {"But the prior administration before me decided to let insurers sell junk plans.", ""},
  };
  check_rows(kRows, std::size(kRows));
  // Belize and Mongolia at the UN 2024: a list of portfolios wrapped before "of <country>"
  // is the speaker's office; "is dedicated to strengthening".
  EXPECT_EQ(committing_ids("Statement by the Hon. Francis Fonseca, Minister of Foreign Affairs, "
                           "Foreign Trade,\nEducation, Culture, Science and Technology of Belize\n"
                           "28 September 2024\n\nBelize is committed to the final settlement of "
                           "the claim."),
            "belize francis-fonseca ");
  EXPECT_EQ(dump_all("We are dedicated to strengthening friendly relations."),
            "We|dedicated|strengthen|firm|positive|-|determined-to");
  EXPECT_EQ(dump_all("We are dedicated to the memory of the fallen."), "");
  EXPECT_EQ(committing_ids("Statement by the President of Mongolia\n\nMongolia has established "
                           "relations with all Member States and is dedicated to strengthening "
                           "them."),
            "mongolia ");
  EXPECT_EQ(committing_ids("Statement by the President of Mongolia\n\nRussia has invaded Ukraine "
                           "and is determined to win."),
            "");
  EXPECT_EQ(dump_all("I know that the agency is speaking to this and stands ready to work with "
                     "companies."),
            "");
  Analysis a = analyze_text(header +
                                "As stated last year, Solomon Islands will be co-hosting a "
                                "Summit on fisheries.",
                            std::nullopt);
  ASSERT_EQ(a.commitments.size(), 1u);
  EXPECT_FALSE(a.commitments[0].time.has_value());
}

// Session 27: campaign remarks (Harris in Glendale and Flint, 2024), Biden on his budget
// (2023), South Africa's State of the Nation address and Budget speech (2004).
TEST(Commitments, CampaignRemarksStateOfTheNationAndABudget) {
  static constexpr Row kRows[] = {
      // A false start over the hearers' reaction inside the break.
      {"I will take on \xE2\x80\x94 (applause) \xE2\x80\x94 I will take on big corporations.",
       "I|will|take|firm|positive|-|modal-will"},
      {"We will build \xE2\x80\x94 (applause) \xE2\x80\x94 many homes.",
       "We|will|build|firm|positive|-|modal-will"},
      // A question the transcript cuts off before its "?".
      {"Do we want to live in a country of chaos, fear, and hate \xE2\x80\x94", ""},
      {"And do we want to cut taxes.", ""},
      {"We want to live in a country of freedom.",
       "We|want|live|aspirational|positive|-|aspiration"},
      // The speech's own thread.
      {"I\xE2\x80\x99m just going to spend a minute on small businesses.", ""},
      {"We will spend a few billion on roads.", "We|will|spend|firm|positive|-|modal-will"},
      {"I\xE2\x80\x99m going to get back to the business at hand.", ""},
      {"We will get back to the business of governing.", "We|will|get|firm|positive|-|modal-will"},
      // A condition in a contracted present passive: "when I'm elected".
      {"And when I\xE2\x80\x99m elected, I\xE2\x80\x99m going to challenge the private "
       "sector.",
       "I|going to|challenge|conditional|positive|when I\xE2\x80\x99m elected|going-to"},
      {"When I ran for office, I said we will act.", "we|will|act|firm|positive|-|modal-will"},
      // "You'll see that": the clause the speaker asserts.
      {"You\xE2\x80\x99ll see that my budget will invest in America.",
       "my budget|will|invest|firm|positive|-|modal-will"},
      {"You will see things that we will never do.", ""},
      // Predictions: a hedge, a recollection, a wish foretold.
      {"Inevitably, all of us will also make speeches.", ""},
      {"Most of us present here will remember that the state was the enemy.", ""},
      {"We will want to say that we have built a caring society.", ""},
      {"We will build a caring society.", "We|will|build|firm|positive|-|modal-will"},
      // Budget verbs in an agentless passive.
      {"Over the next five years, R15 billion will be channelled to this intervention.",
       "R15 billion|will|channel|firm|positive|-|passive-will"},
      {"Savings will be redirected to schools.",
       "Savings|will|redirect|firm|positive|-|passive-will"},
  };
  check_rows(kRows, std::size(kRows));
  // A relative clause after a noun whose verbs share "we" with "and will".
  static constexpr Row kShared[] = {
      {"However, the answer we have given and will continue to give to the question is yes!", ""},
      {"They respond to the call we repeat today and will repeat in future.", ""},
      {"In this regard we have worked and will continue to work with Nepad.",
       "we|will|continue|firm|positive|-|modal-will"},
      {"We have signed and will ratify the treaty.",
       "We|sign|sign|firm|positive|-|signed-instrument ; "
       "We|will|ratify|firm|positive|-|modal-will"},
  };
  check_rows(kShared, std::size(kShared));
  // Ministers in the National Assembly (South Africa, 2007) and Biden at a campaign
  // reception (Chicago, 2024).
  static constexpr Row kOutcomes[] = {
      {"I just want to make that assurance to the country and to the House.", ""},
      {"I will make a point of visiting every province.", "I|will|make|firm|positive|-|modal-will"},
      {"I think we\xE2\x80\x99re going to be in good shape.", ""},
      {"We\xE2\x80\x99re going to be in a position to make significant changes.", ""},
      {"We\xE2\x80\x99re going to be in the room.", "We|going to|be|firm|positive|-|going-to"},
      {"I\xE2\x80\x99m confident we\xE2\x80\x99re going to do well in this election.", ""},
      {"We are going to do it well.", "We|going to|do|firm|positive|-|going-to"},
      {"\xE2\x80\x9CI will be your\xE2\x80\x9D \xE2\x80\x94 You know, I have different "
       "values.",
       ""},
      {"We will cut taxes \xE2\x80\x94 you know, that is what we do.",
       "We|will|cut|firm|positive|-|modal-will"},
  };
  check_rows(kOutcomes, std::size(kOutcomes));
  // The side's tasks and plural noun cues (manifestos: "Our immediate task will be to rein
  // in inflation"); not the speech's own words.
  static constexpr Row kTasks[] = {
      {"Our immediate task will be to rein in inflation.",
       "Our|task|rein|intent|positive|-|nominal-commitment"},
      {"Our priorities are to cut taxes.", "Our|priority|cut|firm|positive|-|nominal-commitment"},
      {"Our goals are to cut taxes.", "Our|goal|cut|intent|positive|-|nominal-commitment"},
      {"Their task is to cut taxes.", ""},
      {"Well, our task is to say: no.", ""},
      {"It is our aim today to talk about jobs.", ""},
  };
  check_rows(kTasks, std::size(kTasks));
  // A first-person perfect shares its subject and verb with a bare "and will.".
  static constexpr Row kElliptical[] = {
      {"I made a commitment, and I\xE2\x80\x99ve kept that commitment and will.",
       "I|will|keep|firm|positive|-|modal-will"},
      {"We have cut taxes and will.", "We|will|cut|firm|positive|-|modal-will"},
      {"They have cut taxes and will.", ""},
  };
  check_rows(kElliptical, std::size(kElliptical));
  // The speech's end and its going on (Biden at a campaign office, Concord, 2024).
  static constexpr Row kEnds[] = {
      {"I\xE2\x80\x99ll end where I began.", ""},
      {"I\xE2\x80\x99ll end \xE2\x80\x94 I know the former vice president pretty well.", ""},
      {"I will end the war.", "I|will|end|firm|positive|-|modal-will"},
      {"I\xE2\x80\x99m not going to go on, because I could.", ""},
      {"I will not go on paying for it.", "I|will|go|firm|negative|-|modal-will"},
  };
  check_rows(kEnds, std::size(kEnds));
  // A pseudo-cleft names the undertaking after "is" (Harris in Flint, 2024).
  static constexpr Row kClefts[] = {
      {"One of the things I will do is raise the start-up deduction.",
       "I|will|raise|firm|positive|-|modal-will"},
      {"What we will do is cut taxes.", "we|will|cut|firm|positive|-|modal-will"},
      {"The first thing I will do as president is sign the bill.",
       "I|will|sign|firm|positive|-|modal-will"},
      {"What I won't do is stand here and promise money we haven't got.",
       "I|will|promise|firm|negative|-|modal-will"},
      {"What we will do is important.", ""},
      {"What they will do is cut taxes.", ""},
  };
  check_rows(kClefts, std::size(kClefts));
  // A clause between dashes ends at the second.
  EXPECT_EQ(only_object("Taking into account a further appropriation - we will table a special "
                        "bill - and lower debt costs, the deficit is small."),
            "a special bill");
  EXPECT_EQ(only_object("We will table a special bill - and a second one."),
            "a special bill - and a second one");
  // Hansard indents a quotation under the line that introduces it.
  EXPECT_EQ(dump_all("Nelson Mandela then went on to say:\n\n  Accordingly, the purpose that "
                     "will drive this Government\n  shall be the expansion of freedom.\n\nWe "
                     "will build houses.\n"),
            "We|will|build|firm|positive|-|modal-will");
  EXPECT_EQ(dump_all("I further said:\n\n  The Government shall be the servant of all.\n"),
            "The Government|shall|be|firm|positive|-|modal-shall");
  EXPECT_EQ(dump_all("Our priorities are these:\n\n  We will build houses.\n"),
            "We|will|build|firm|positive|-|modal-will");
  // "fight for a future where ...": what is fought for, not when.
  Analysis a = analyze_text(
      "I will always honor tribal sovereignty and fight for a future where every community "
      "is a place of opportunity.",
      std::nullopt);
  ASSERT_EQ(a.commitments.size(), 1u);
  EXPECT_FALSE(a.commitments[0].time.has_value());
  EXPECT_EQ(dump_all("We are fighting for a future where every American can own a home."), "");
}

// Regression for the flat vocabulary and the folded keys that are views (of the text or of
// an arena): cue words in any case, with curly or straight apostrophes, with contractions
// split off, hyphenated and long. Expected rows are the output before the change.
TEST(Commitments, CueWordsFoundWhateverTheirCaseOrApostrophe) {
  static constexpr Row kRows[] = {
      {"WE WILL BUILD A SCHOOL.", "WE|will|build|firm|positive|-|modal-will"},
      {"We Will Build a school.", "We|will|build|firm|positive|-|modal-will"},
      {"We’ll build a school.", "We|will|build|firm|positive|-|modal-will"},
      // "I" as a PDF's text layer reads it.
      {"Today | will build a school.", "||will|build|firm|positive|-|modal-will"},
      {"We won’t raise taxes.", "We|will|raise|firm|negative|-|modal-will"},
      {"We shan't raise taxes.", "We|shall|raise|firm|negative|-|modal-shall"},
      {"We PLEDGE to build a school.", "We|pledge|build|firm|positive|-|verb-pledge"},
      {"We Pledged to build a school.", "We|pledge|build|firm|positive|-|verb-pledge"},
      {"We have pledged to build a school.", "We|pledge|build|firm|positive|-|verb-pledge"},
      {"We are committed to building a school.", "We|commit|build|firm|positive|-|committed-to"},
      {"We Promised that we would build a school.",
       "We|promise|promise|firm|positive|-|verb-promise"},
      {"We have agreed to build a school, if the council agrees.",
       "We|agree|build|conditional|positive|if the council agrees|agree-perfect"},
      {"We signed a Declaration of Intent on schools.",
       "We|sign|sign|intent|positive|-|signed-instrument"},
      {"Our commitment to stand with Ukraine is unshakeable.",
       "Our|commitment|stand|firm|positive|-|nominal-commitment"},
      {"We will re-impose sanctions.", "We|will|re-impose|firm|positive|-|modal-will"},
      {"We will internationalise the extraordinarily-long-hyphenated-programme-of-reconstruction.",
       "We|will|internationalise|firm|positive|-|modal-will"},
      {"Naïve Players will build a school.", ""},
      {"Will we build a school?", ""},
  };
  check_rows(kRows, std::size(kRows));
}

// The finder drops a sentence before building its words when no trigger can open a clause
// where it stands, when it is a question, or when nothing in it (no mention, first-person
// word, government body or "be", and no partners named before) can put a clause on the
// speaker's side. These rows sit at the edges of those screens.
TEST(Commitments, SentenceScreensKeepEveryClause) {
  static constexpr Row kRows[] = {
      // "ready" opens a clause only before "to", in any case, within the sentence.
      {"We are READY TO act.", "We|ready|act|intent|positive|-|readiness"},
      {"We are ready. To act now is right.", ""},
      // ("Our plans to cut taxes": the noun cue's intent, not a readiness.)
      {"Our plans to cut taxes are ready.", "Our|plan|cut|intent|positive|-|nominal-commitment"},
      // No first-person word and no mention: a government body, or "be" of a passive.
      {"The Treasury will publish the figures.",
       "The Treasury|will|publish|firm|positive|-|modal-will"},
      {"Sanctions will be imposed.", "Sanctions|will|impose|firm|positive|-|passive-will"},
      // More acts of a government (words_policy_verbs.tsv): support, help, assess, halt.
      {"Families in need will be supported.",
       "Families in need|will|support|firm|positive|-|passive-will"},
      {"The situation will be assessed each week.",
       "The situation|will|assess|firm|positive|-|passive-will"},
      {"We will be helped by our partners.", ""},
      // A statement that opens with "Will" and its verb leaves out "we" (a programme's
      // list), after a bullet too; not a question without its mark.
      {"Will launch a programme for the young.", "|will|launch|firm|positive|-|modal-will"},
      {"- Will not raise taxes.", "|will|raise|firm|negative|-|modal-will"},
      {"Will the Minister confirm this.", ""},
      {"Will you join us.", ""},
      // Questions, also inside quotation marks or after a comma.
      {"\xE2\x80\x9CWill we build a school?\xE2\x80\x9D", ""},
      {"We will build a school, won\xE2\x80\x99t we?", ""},
  };
  check_rows(kRows, std::size(kRows));

  // A sentence with nothing of the speaker's side still ends a run of partners: without
  // "It will rain." the list item would inherit France.
  Analysis a = analyze_text(
      "Alongside France, we will act. It will rain. First, we will build homes.", kDate);
  ASSERT_EQ(a.commitments.size(), 2u);
  EXPECT_EQ(a.commitments[0].actors.size(), 1u);
  EXPECT_TRUE(a.commitments[1].actors.empty());
  Analysis b = analyze_text("Alongside France, we will act. First, we will build homes.", kDate);
  ASSERT_EQ(b.commitments.size(), 2u);
  EXPECT_EQ(b.commitments[1].actors.size(), 1u);
}

}  // namespace
}  // namespace speechscan
