#pragma once

#include <QString>

#include <optional>

namespace buttcloud {

// The rules for account fields, shared by the API and the `user add` command. Each returns what is
// wrong, for people, or nullopt when the value is fine.
namespace AccountRules {

inline constexpr int NameMaxLength = 100;
inline constexpr int EmailMaxLength = 254;
inline constexpr int PasswordMinLength = 10;
inline constexpr int PasswordMaxLength = 1024;

std::optional<QString> checkName(const QString &name);
std::optional<QString> checkEmail(const QString &email);
std::optional<QString> checkPassword(const QString &password);
// The language mails to the user are written in: en, de, es, or empty for unknown.
std::optional<QString> checkLanguage(const QString &language);
QString normalisedEmail(const QString &email);

}

}
