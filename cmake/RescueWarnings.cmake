# rescue_set_warnings(target): the project's warning level, applied to our own targets only.
function(rescue_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                           -Wimplicit-fallthrough)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GCC" OR CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 at -O3 reports vector/string copies inlined from libstdc++ as overlapping or
    # out-of-bounds memcpy (GCC bugs 105329, 107852) and std::optional members as maybe
    # uninitialized (GCC bug 80635): false positives, not in our code. The
    # clang ASan+UBSan build checks the real thing at run time.
    target_compile_options(${target} PRIVATE -Wno-restrict -Wno-array-bounds -Wno-stringop-overflow
                                              -Wno-stringop-overread -Wno-maybe-uninitialized)
  endif()
  if(RESCUE_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
