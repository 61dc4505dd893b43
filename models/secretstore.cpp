#include "models/secretstore.h"

namespace buttcloud {

SecretStore::~SecretStore() = default;

}
