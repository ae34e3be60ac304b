#include "core/auth/secret_bytes.h"

#include <botan/mem_ops.h>
#include <botan/secmem.h>

namespace rescue::auth {

struct SecretBytes::Impl {
    Botan::secure_vector<std::uint8_t> bytes;
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
