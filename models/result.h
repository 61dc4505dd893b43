#pragma once

#include "models/apierror.h"

#include <utility>
#include <variant>

namespace buttcloud {

// The outcome of a request: a value or an ApiError, never both. Callers test ok() before value().
template<typename T>
class Result
{
public:
    Result(T value);
    Result(ApiError error);

    bool ok() const;
    const T &value() const;
    const ApiError &error() const;
    // The error's message, or an empty string on success: safe to call either way.
    QString errorMessage() const;

private:
    std::variant<T, ApiError> m_outcome;
};

// For requests whose success carries nothing (logout, delete confirmations we do not read).
struct Done
{
};
using DoneResult = Result<Done>;

template<typename T>
Result<T>::Result(T value)
    : m_outcome(std::in_place_index<0>, std::move(value))
{
}

template<typename T>
Result<T>::Result(ApiError error)
    : m_outcome(std::in_place_index<1>, std::move(error))
{
}

template<typename T>
bool Result<T>::ok() const
{
    return m_outcome.index() == 0;
}

template<typename T>
const T &Result<T>::value() const
{
    return std::get<0>(m_outcome);
}

template<typename T>
const ApiError &Result<T>::error() const
{
    return std::get<1>(m_outcome);
}

template<typename T>
QString Result<T>::errorMessage() const
{
    return ok() ? QString() : error().message;
}

}
