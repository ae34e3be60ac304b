#pragma once
// STM32CubeProgrammer's argument style for Debug Authentication, so scripts written for
// STM32_Programmer_CLI move over (ST's own DA scripts use exactly these forms):
//   -c port=SWD [sn=SERIAL] [speed=..|freq=..|mode=..|ap=..|reset=..] debugauth=2
//   -c port=SWD per=a key=K cert=C [pwd=P] debugauth=1
//   -c port=SWD pwd=./Binary/password.bin debugauth=1
// becomes `da discover|auth --probe URI ...`. sn=SERIAL selects stlink:SERIAL; the non-Cube
// extension probe=URI selects any probe (the lab, for tests). per=LETTER is CubeProgrammer's
// position in the list the chip's discovery shows (a = first), kept as "cube:LETTER" and
// resolved after discovery. Connection tuning words Cube accepts are ignored.

#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"

namespace rescue::cli {

// nullopt: not Cube style (no debugauth= word), parse as usual. Otherwise the translated
// argument list (argv[0] kept), or an error naming the word that cannot be translated.
std::optional<Result<std::vector<std::string>>> translateCubeArgs(const std::vector<std::string>& args);

}  // namespace rescue::cli
