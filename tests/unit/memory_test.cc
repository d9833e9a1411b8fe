// IdList (the actor lists of events and commitments) and ScratchVector (the stages'
// temporary arrays): the containers that keep a long document's peak memory down.
#include <gtest/gtest.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "speechscan/id_list.h"
#include "scratch.h"

namespace speechscan {
namespace {

std::vector<uint32_t> ids(const IdList& l) { return {l.begin(), l.end()}; }

TEST(IdList, KeepsTwoInlineAndMoreOnTheHeap) {
  IdList l;
  EXPECT_TRUE(l.empty());
  for (uint32_t i = 0; i < 9; ++i) {
    l.push_back(10 + i);
    ASSERT_EQ(l.size(), i + 1);
    EXPECT_EQ(l[i], 10 + i);
  }
  EXPECT_EQ(ids(l), (std::vector<uint32_t>{10, 11, 12, 13, 14, 15, 16, 17, 18}));
}

TEST(IdList, AddUniqueKeepsFirstOrder) {
  IdList l;
  for (uint32_t id : {3u, 1u, 3u, 2u, 1u, 4u}) l.add_unique(id);
  EXPECT_EQ(ids(l), (std::vector<uint32_t>{3, 1, 2, 4}));
}

TEST(IdList, CopiesAndMovesOwnTheirIds) {
  for (uint32_t n : {0u, 1u, 2u, 3u, 7u}) {
    IdList a;
    for (uint32_t i = 0; i < n; ++i) a.push_back(i * 7);
    IdList b = a;  // copy
    EXPECT_EQ(b, a) << n;
    b.push_back(99);
    EXPECT_EQ(a.size(), n);  // the copy's growth leaves the original alone
    IdList c = std::move(b);  // move: b is left empty and usable
    EXPECT_EQ(c.size(), n + 1);
    EXPECT_EQ(c[n], 99u);
    EXPECT_TRUE(b.empty());  // NOLINT(bugprone-use-after-move): specified state
    b.push_back(5);
    EXPECT_EQ(ids(b), std::vector<uint32_t>{5});
    IdList d{1, 2, 3, 4};
    d = c;  // copy-assign over a heap list
    EXPECT_EQ(d, c);
    d = std::move(a);  // move-assign
    EXPECT_EQ(d.size(), n);
    const IdList& same = d;
    d = same;  // self-assignment keeps the list
    EXPECT_EQ(d.size(), n);
  }
  EXPECT_NE(IdList({1, 2}), IdList({2, 1}));
  EXPECT_EQ(sizeof(IdList), 16u);
}

TEST(ScratchVector, SmallAndMappedArraysHoldWhatIsWritten) {
  // Below and above the 4 MiB from which an array is mapped on its own; growth copies.
  for (size_t n : {size_t{10}, size_t{1} << 18, size_t{3} << 20}) {
    ScratchVector<uint32_t> v;
    for (size_t i = 0; i < n; ++i) v.push_back(static_cast<uint32_t>(i * 2654435761u));
    ASSERT_EQ(v.size(), n);
    bool same = true;
    for (size_t i = 0; i < n; ++i) same &= v[i] == static_cast<uint32_t>(i * 2654435761u);
    EXPECT_TRUE(same) << n;
    ScratchVector<uint32_t> w = v;
    EXPECT_TRUE(w == v) << n;
  }
}

}  // namespace
}  // namespace speechscan
