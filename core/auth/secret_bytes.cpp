#include "core/auth/secret_bytes.h"

#include <atomic>

#include <botan/mem_ops.h>
#include <botan/secmem.h>

namespace rescue::auth {

namespace {
std::atomic<SecretWipeObserver> g_wipeObserver{nullptr};
}  // namespace

void setSecretWipeObserver(SecretWipeObserver observer) {
    g_wipeObserver.store(observer);
}

struct SecretBytes::Impl {
    Botan::secure_vector<std::uint8_t> bytes;

    Impl() = default;
    Impl(const Impl&) = default;
    Impl& operator=(const Impl&) = delete;
    // secure_vector's allocator wipes on release too; wiping here first lets a suite see it.
    ~Impl() {
        Botan::secure_scrub_memory(bytes.data(), bytes.size());
        if (auto observer = g_wipeObserver.load())
            observer(bytes.data(), bytes.size());
    }
};

SecretBytes::SecretBytes() : m_impl(std::make_unique<Impl>()) {}
SecretBytes::SecretBytes(ByteView bytes) : m_impl(std::make_unique<Impl>()) {
    m_impl->bytes.assign(bytes.begin(), bytes.end());
}
SecretBytes::SecretBytes(const SecretBytes& other) : m_impl(std::make_unique<Impl>(*other.m_impl)) {}
SecretBytes& SecretBytes::operator=(const SecretBytes& other) {
    if (this != &other)
        m_impl = std::make_unique<Impl>(*other.m_impl);
    return *this;
}
SecretBytes::SecretBytes(SecretBytes&&) noexcept = default;
SecretBytes& SecretBytes::operator=(SecretBytes&&) noexcept = default;
SecretBytes::~SecretBytes() = default;

ByteView SecretBytes::view() const {
    if (!m_impl)
        return {};
    return ByteView(m_impl->bytes.data(), m_impl->bytes.size());
}

bool SecretBytes::equals(ByteView other) const {
    const ByteView mine = view();
    if (mine.size() != other.size())
        return false;
    return Botan::constant_time_compare(mine.data(), other.data(), mine.size());
}

}  // namespace rescue::auth
