#pragma once
// The question a probe recording asks before it writes a word to its file: is this 32-bit
// word one of the secrets the redactor holds, as the DA mailbox carries them (a password's
// little-endian words, the last one zero-padded)? The recorder takes it as its secret test
// (core/probe/record/recording_probe.h), so whatever the engine's jobs register (the GUI's
// DA panel and wizard, the CLI's --password) is never written by value.

#include <cstdint>

#include "core/engine/redactor.h"

namespace rescue::engine {

// True when the word, printed as a register ("64636261", or upper case), is wholly
// covered by a registered secret's forms: a word that merely contains a short secret is not.
bool isSecretWord(const Redactor& redactor, std::uint32_t word);

}  // namespace rescue::engine
