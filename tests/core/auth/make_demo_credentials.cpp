// Writes the virtual lab's demo credentials (see resources/credentials/README.md):
//   make_demo_credentials <folder>      usually <repo>/resources/credentials
// The output depends only on the seeds in demo_credentials_plan.h, so running it again
// reproduces the committed files; test_auth_credentials checks exactly that.

#include <cstdio>

#include "demo_credentials_plan.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <output folder>\n", argv[0]);
        return 2;
    }
    const rescue::Status s = demo::writeDemoCredentials(argv[1]);
    if (!s) {
        std::fprintf(stderr, "%s\n", s.error().describe().c_str());
        return 1;
    }
    std::printf("demo credentials written under %s\n", argv[1]);
    return 0;
}
