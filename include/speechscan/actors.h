// Named actors: persons, countries, organisations, groups and places, one actor per
// real-world referent with every mention (spec/annotation-guide.md, "Actors").
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "speechscan/document.h"
#include "speechscan/sentences.h"
#include "speechscan/span.h"
#include "speechscan/tokenizer.h"

namespace speechscan {

enum class ActorType : uint8_t { kPerson, kCountry, kOrganization, kGroup, kPlace };
const char* actor_type_name(ActorType t);
// The type named by `s` ("person", "country", "organization" or "organisation", "group",
// "place"), or nullopt.
std::optional<ActorType> parse_actor_type(std::string_view s);

struct Mention {
  Span span;              // the name only: no title, no possessive 's
  uint32_t sentence = 0;  // index into the sentence vector
};

struct Actor {
  std::string id;    // stable lower-case slug of the canonical name: "emmanuel-macron"
  std::string name;  // canonical name: "Emmanuel Macron"
  ActorType type = ActorType::kPerson;
  std::string role;  // title seen with the name ("President"), empty when none
  std::string side;  // what a known person speaks for: actor ids, the closest first,
                     // separated by | ("united-kingdom", "european-council|european-union")
  std::vector<Mention> mentions;  // in text order
};

// The first id of a side list (Actor::side), which moves past it and its "|".
inline std::string_view pop_side_id(std::string_view& sides) {
  const size_t bar = sides.find('|');
  const std::string_view id = sides.substr(0, bar);
  sides = bar == std::string_view::npos ? std::string_view() : sides.substr(bar + 1);
  return id;
}

struct ActorResult {
  std::vector<Actor> actors;        // ordered by first mention
  std::optional<uint32_t> speaker;  // index into actors
};

// Finds actors. Built once per process (the gazetteer is compiled from data/lexicon/
// and user lexicons), then shared read-only by every thread.
class ActorFinder {
 public:
  ActorFinder();  // loads the built-in gazetteer
  ~ActorFinder();
  ActorFinder(ActorFinder&&) noexcept;
  ActorFinder& operator=(ActorFinder&&) noexcept;

  // Adds a user lexicon in the built-in format (see README, "Lexicons"). Returns an
  // error message naming the line on a malformed file, or an empty string.
  std::string add_lexicon(std::string_view bytes, std::string_view file_name);

  ActorResult find(const Document& doc, const std::vector<Token>& tokens,
                   const std::vector<Sentence>& sentences) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Lower-case slug of a name: "Coalition of the Willing" -> "coalition-of-the-willing".
std::string slugify(std::string_view name);

}  // namespace speechscan
