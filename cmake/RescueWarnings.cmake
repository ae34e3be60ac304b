# rescue_set_warnings(target): the project's warning level, applied to our own targets only.
function(rescue_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                           -Wimplicit-fallthrough)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GCC" OR CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports std::string copies inlined at -O3 as overlapping memcpy (GCC bug 105329):
    # a false positive in libstdc++, not in our code.
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(RESCUE_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
