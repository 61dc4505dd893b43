<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No other hub is ready to take the pub.</source>
        <translation>Ningún otro hub está listo para recibir el pub.</translation>
    </message>
</context>
<context>
    <name>buttcloud</name>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1: debe ser un número entero</translation>
    </message>
    <message>
        <source>%1: must be from %2 to %3</source>
        <translation>%1: debe estar entre %2 y %3</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>%1: must be text</source>
        <translation>%1: debe ser texto</translation>
    </message>
    <message>
        <source>%1: must be at most %2 characters</source>
        <translation>%1: debe tener como máximo %2 caracteres</translation>
    </message>
    <message>
        <source>%1: must not contain control characters</source>
        <translation>%1: no debe contener caracteres de control</translation>
    </message>
    <message>
        <source>%1: has the wrong form</source>
        <translation>%1: tiene un formato incorrecto</translation>
    </message>
    <message>
        <source>%1: %2 takes no such argument</source>
        <translation>%1: %2 no admite ese argumento</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: es obligatorio</translation>
    </message>
</context>
<context>
    <name>buttcloud::AboutDialog</name>
    <message>
        <source>About ButtCloud</source>
        <translation>Acerca de ButtCloud</translation>
    </message>
    <message>
        <source>ButtCloud logo</source>
        <translation>Logotipo de ButtCloud</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ButtCloud %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ButtCloud %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Run Scuttlebutt pubs on ButtCloud.</source>
        <translation>Ejecute pubs de Scuttlebutt en ButtCloud.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · &lt;a href=&quot;mailto:%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · &lt;a href=&quot;mailto:%2&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Website and contact</source>
        <translation>Sitio web y contacto</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Copyright 2026 ButtCloud developers.

ButtCloud has not been released under a public license: all rights reserved by the ButtCloud developers.

ButtCloud uses Qt (LGPL 3), QtKeychain (BSD 3-clause) and libqrencode (LGPL 2.1).</source>
        <translation>Copyright 2026 los desarrolladores de ButtCloud.

ButtCloud no se ha publicado bajo una licencia pública: todos los derechos reservados por los desarrolladores de ButtCloud.

ButtCloud usa Qt (LGPL 3), QtKeychain (BSD de 3 cláusulas) y libqrencode (LGPL 2.1).</translation>
    </message>
</context>
<context>
    <name>buttcloud::AccountRecoveryService</name>
    <message>
        <source>The new password must be at least %1 characters long.</source>
        <translation>La nueva contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The new password must be at most %1 characters long.</source>
        <translation>La nueva contraseña debe tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Escriba el correo electrónico de su cuenta.</translation>
    </message>
    <message>
        <source>Paste the whole password reset link from the mail, or the code after token=.</source>
        <translation>Pegue el enlace completo para restablecer la contraseña del correo, o el código que sigue a token=.</translation>
    </message>
    <message>
        <source>This reset link is not valid any more: it was used already or is more than an hour old. Ask for a new one.</source>
        <translation>Este enlace para restablecer ya no es válido: ya se usó o tiene más de una hora. Pida uno nuevo.</translation>
    </message>
    <message>
        <source>Paste the whole verification link from the welcome mail, or the code after token=.</source>
        <translation>Pegue el enlace de verificación completo del correo de bienvenida, o el código que sigue a token=.</translation>
    </message>
    <message>
        <source>This verification link is not valid any more: it was used already or is more than a week old.</source>
        <translation>Este enlace de verificación ya no es válido: ya se usó o tiene más de una semana.</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Escriba primero la dirección del servidor.</translation>
    </message>
</context>
<context>
    <name>buttcloud::AccountService</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>An account with that email address exists already.</source>
        <translation>Ya existe una cuenta con ese correo electrónico.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator: make another one first.</source>
        <translation>Este es el último administrador activo: nombre primero a otro.</translation>
    </message>
    <message>
        <source>You cannot change your own role or disable your own account.</source>
        <translation>No puede cambiar su propio rol ni desactivar su propia cuenta.</translation>
    </message>
</context>
<context>
    <name>buttcloud::AccountsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Nueva cuenta…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Send Password &amp;Reset</source>
        <translation>Enviar &amp;restablecimiento de contraseña</translation>
    </message>
    <message>
        <source>Accounts message</source>
        <translation>Mensaje de cuentas</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Buscar por nombre o correo electrónico</translation>
    </message>
    <message>
        <source>Show accounts with the role</source>
        <translation>Mostrar cuentas con el rol</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>Refresh the accounts</source>
        <translation>Actualizar las cuentas</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>Change R&amp;ole</source>
        <translation>Cambiar r&amp;ol</translation>
    </message>
    <message>
        <source>Change the role of the selected account</source>
        <translation>Cambiar el rol de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Disable or enable the selected account</source>
        <translation>Desactivar o activar la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Send the selected account a password reset</source>
        <translation>Enviar a la cuenta seleccionada un restablecimiento de contraseña</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>%1 has an account now and gets a mail to choose a password.</source>
        <translation>%1 ya tiene una cuenta y recibirá un correo para elegir una contraseña.</translation>
    </message>
    <message>
        <source>Make Administrator</source>
        <translation>Hacer administrador</translation>
    </message>
    <message>
        <source>Make %1 an administrator? Administrators manage every account, hub and pub.</source>
        <translation>¿Hacer administrador a %1? Los administradores gestionan todas las cuentas, hubs y pubs.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ahora es: %2.</translation>
    </message>
    <message>
        <source>Disable Account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>Disable the account of %1? They are signed out everywhere at once and cannot sign in until it is enabled again.</source>
        <translation>¿Desactivar la cuenta de %1? Su sesión se cerrará en todas partes de inmediato y no podrá iniciar sesión hasta que se vuelva a activar.</translation>
    </message>
    <message>
        <source>The account of %1 is enabled.</source>
        <translation>La cuenta de %1 está activada.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>La cuenta de %1 está desactivada.</translation>
    </message>
    <message>
        <source>A password reset link is on its way to %1.</source>
        <translation>Va en camino a %1 un enlace para restablecer la contraseña.</translation>
    </message>
</context>
<context>
    <name>buttcloud::AddHubWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Add Hub</source>
        <translation>&amp;Añadir hub</translation>
    </message>
    <message>
        <source>Add a Hub</source>
        <translation>Añadir un hub</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>Nombre de host o dirección</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.7</source>
        <translation>p. ej. 203.0.113.7</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Puerto SSH</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>&amp;Puerto SSH:</translation>
    </message>
    <message>
        <source>The machine must run Docker and accept SSH with an ed25519 key. The server connects to it first to read its host key.</source>
        <translation>La máquina debe ejecutar Docker y aceptar SSH con una clave ed25519. El servidor se conecta primero para leer su clave de host.</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the machine&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and it matches</source>
        <translation>He comparado esta huella con la de la propia máquina (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) y coincide</translation>
    </message>
    <message>
        <source>The machine presented this host key:</source>
        <translation>La máquina presentó esta clave de host:</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>Nombre del hub</translation>
    </message>
    <message>
        <source>e.g. hub-2</source>
        <translation>p. ej. hub-2</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Usuario SSH</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Archivo de clave privada</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Elegir el archivo de clave privada</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>&amp;Usuario SSH:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>&amp;Clave privada:</translation>
    </message>
    <message>
        <source>The key (ed25519, OpenSSH format, no passphrase) is sent to the server, which keeps it sealed and never shows it again.</source>
        <translation>La clave (ed25519, formato OpenSSH, sin frase de contraseña) se envía al servidor, que la guarda sellada y no la vuelve a mostrar.</translation>
    </message>
    <message>
        <source>The server already knows this key from its known_hosts file.</source>
        <translation>El servidor ya conoce esta clave por su archivo known_hosts.</translation>
    </message>
    <message>
        <source>The server has never seen this key. Add the machine only if it matches.</source>
        <translation>El servidor nunca ha visto esta clave. Añada la máquina solo si coincide.</translation>
    </message>
    <message>
        <source>Choose the Hub&apos;s SSH Private Key</source>
        <translation>Elegir la clave privada SSH del hub</translation>
    </message>
</context>
<context>
    <name>buttcloud::ApiClient</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>buttcloud::ApiError</name>
    <message>
        <source>Wrong email or password.</source>
        <translation>Correo electrónico o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Su cuenta no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>That item does not exist (any more).</source>
        <translation>Ese elemento no existe (ya).</translation>
    </message>
    <message>
        <source>That conflicts with what is already on the server.</source>
        <translation>Eso entra en conflicto con lo que ya hay en el servidor.</translation>
    </message>
    <message>
        <source>The server refused the input: %1</source>
        <translation>El servidor rechazó los datos: %1</translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation>El servidor rechazó los datos.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>La solicitud era demasiado grande para el servidor.</translation>
    </message>
    <message>
        <source>The server cannot reach its Docker engine right now. Please try again later.</source>
        <translation>El servidor no puede contactar con su motor Docker ahora. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The server hit an internal error; its log has the details.</source>
        <translation>El servidor tuvo un error interno; su registro tiene los detalles.</translation>
    </message>
    <message>
        <source>The server did not understand the request (HTTP %1). The client and server versions may not match.</source>
        <translation>El servidor no entendió la solicitud (HTTP %1). Puede que las versiones del cliente y del servidor no coincidan.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1).</source>
        <translation>El servidor respondió con un error inesperado (HTTP %1).</translation>
    </message>
    <message>
        <source>The server at %1 sent a reply this client does not understand (HTTP %2). Is it a ButtCloud server?</source>
        <translation>El servidor en %1 envió una respuesta que este cliente no entiende (HTTP %2). ¿Es un servidor ButtCloud?</translation>
    </message>
    <message>
        <source>The machine presented a host key that matches neither the server&apos;s known hosts nor the fingerprint you confirmed. Nothing was added.</source>
        <translation>La máquina presentó una clave de host que no coincide ni con los hosts conocidos del servidor ni con la huella que usted confirmó. No se añadió nada.</translation>
    </message>
    <message>
        <source>The server could not connect to the machine over SSH: %1</source>
        <translation>El servidor no pudo conectarse a la máquina por SSH: %1</translation>
    </message>
    <message>
        <source>The server could not connect to the machine over SSH.</source>
        <translation>El servidor no pudo conectarse a la máquina por SSH.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Esta cuenta está desactivada. Pida a un administrador que la active.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: %1</source>
        <translation>Demasiados inicios de sesión fallidos: %1</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a few minutes, then try again.</source>
        <translation>Demasiados inicios de sesión fallidos. Espere unos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The card was declined: %1 Nothing was created or charged.</source>
        <translation>La tarjeta fue rechazada: %1 No se creó ni se cobró nada.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing was created or charged.</source>
        <translation>La tarjeta fue rechazada. No se creó ni se cobró nada.</translation>
    </message>
    <message>
        <source>The payment service cannot be reached right now. Please try again later.</source>
        <translation>No se puede contactar con el servicio de pago ahora. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The hub running this pub cannot be reached right now. Please try again later.</source>
        <translation>No se puede contactar ahora con el hub que ejecuta este pub. Inténtelo más tarde.</translation>
    </message>
</context>
<context>
    <name>buttcloud::ApiJob</name>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>El servidor en %1 no respondió en %n segundo.</numerusform>
            <numerusform>El servidor en %1 no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host no encontrado</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la conexión se cerró</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>la conexión segura falló</translation>
    </message>
    <message>
        <source>The server could not be reached at %1: %2.</source>
        <translation>No se pudo contactar con el servidor en %1: %2.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2.</source>
        <translation>No se pudo guardar en %1: %2.</translation>
    </message>
</context>
<context>
    <name>buttcloud::AuditLogModel</name>
    <message>
        <source>(%1 bytes, truncated)</source>
        <translation>(%1 bytes, truncado)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Código de salida %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>buttcloud::AuditPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load &amp;Older</source>
        <translation>Cargar más &amp;antiguos</translation>
    </message>
    <message>
        <source>Show the entries of</source>
        <translation>Mostrar las entradas de</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualizar el registro de auditoría</translation>
    </message>
    <message>
        <source>Load older audit entries</source>
        <translation>Cargar entradas de auditoría más antiguas</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Pub:</source>
        <translation>&amp;Pub:</translation>
    </message>
    <message>
        <source>All pubs</source>
        <translation>Todos los pubs</translation>
    </message>
</context>
<context>
    <name>buttcloud::BackupsModel</name>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
</context>
<context>
    <name>buttcloud::BackupsView</name>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Descargar…</translation>
    </message>
    <message>
        <source>Save the selected backup to a file</source>
        <translation>Guardar la copia de seguridad seleccionada en un archivo</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected backup</source>
        <translation>Eliminar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the backups</source>
        <translation>Actualizar las copias de seguridad</translation>
    </message>
    <message>
        <source>Backups message</source>
        <translation>Mensaje de copias de seguridad</translation>
    </message>
    <message>
        <source>Backups of canceled pubs</source>
        <translation>Copias de seguridad de pubs cancelados</translation>
    </message>
    <message>
        <source>Save the Backup of %1</source>
        <translation>Guardar la copia de seguridad de %1</translation>
    </message>
    <message>
        <source>Saving: %1 of %2</source>
        <translation>Guardando: %1 de %2</translation>
    </message>
    <message>
        <source>Saving: %1</source>
        <translation>Guardando: %1</translation>
    </message>
    <message>
        <source>Saved to %1. Import it to restore the pub.</source>
        <translation>Guardada en %1. Impórtela para restaurar el pub.</translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation>Eliminar copia de seguridad</translation>
    </message>
    <message>
        <source>Delete the backup of “%1” (%2)? The pub&apos;s identity and data in it are lost for good.</source>
        <translation>¿Eliminar la copia de seguridad de «%1» (%2)? La identidad y los datos del pub que contiene se perderán para siempre.</translation>
    </message>
    <message>
        <source>The backup is deleted.</source>
        <translation>La copia de seguridad se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingCustomerView</name>
    <message>
        <source>Billing problem</source>
        <translation>Problema de facturación</translation>
    </message>
    <message>
        <source>Your pubs&apos; subscriptions</source>
        <translation>Suscripciones de sus pubs</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>&amp;Pagar…</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Suscribir…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Pay on Stripe&apos;s page</source>
        <translation>Pagar en la página de Stripe</translation>
    </message>
    <message>
        <source>Opens Stripe&apos;s payment page in your browser</source>
        <translation>Abre la página de pago de Stripe en su navegador</translation>
    </message>
    <message>
        <source>Subscribe the selected pub to a plan</source>
        <translation>Suscribir el pub seleccionado a un plan</translation>
    </message>
    <message>
        <source>Refresh billing</source>
        <translation>Actualizar la facturación</translation>
    </message>
    <message>
        <source>Selected pub</source>
        <translation>Pub seleccionado</translation>
    </message>
    <message>
        <source>What your pubs cost and whether they are paid up.</source>
        <translation>Lo que cuestan sus pubs y si están al día con los pagos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a pub to see its subscription.</source>
        <translation>Seleccione un pub para ver su suscripción.</translation>
    </message>
    <message>
        <source>This pub has no subscription yet.</source>
        <translation>Este pub aún no tiene suscripción.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address to pay: %1</source>
        <translation>No se pudo abrir un navegador. Abra esta dirección para pagar: %1</translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingFormDialog</name>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingOperatorView</name>
    <message>
        <source>Revenue per month in %1</source>
        <translation>Ingresos por mes en %1</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>Billing problem</source>
        <translation>Problema de facturación</translation>
    </message>
    <message>
        <source>Revenue per month</source>
        <translation>Ingresos por mes</translation>
    </message>
    <message>
        <source>Subscriptions past due or suspended</source>
        <translation>Suscripciones con pago vencido o suspendidas</translation>
    </message>
    <message>
        <source>Extend &amp;Grace…</source>
        <translation>Ampliar plazo de &amp;gracia…</translation>
    </message>
    <message>
        <source>Extend the grace period</source>
        <translation>Ampliar el plazo de gracia</translation>
    </message>
    <message>
        <source>&amp;Comp…</source>
        <translation>&amp;Bonificar…</translation>
    </message>
    <message>
        <source>Make the pub free of charge</source>
        <translation>Hacer gratuito el pub</translation>
    </message>
    <message>
        <source>Cancel &amp;Subscription…</source>
        <translation>Cancelar &amp;suscripción…</translation>
    </message>
    <message>
        <source>Cancel the subscription</source>
        <translation>Cancelar la suscripción</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <source>Record a payment made by hand</source>
        <translation>Registrar un pago hecho a mano</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh billing</source>
        <translation>Actualizar la facturación</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>Create a plan</source>
        <translation>Crear un plan</translation>
    </message>
    <message>
        <source>Re&amp;tire Plan</source>
        <translation>Re&amp;tirar plan</translation>
    </message>
    <message>
        <source>Retire the selected plan</source>
        <translation>Retirar el plan seleccionado</translation>
    </message>
    <message>
        <source>Pub whose subscription to show</source>
        <translation>Pub cuya suscripción se muestra</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>P&amp;ub:</source>
        <translation>P&amp;ub:</translation>
    </message>
    <message>
        <source>Past due or suspended</source>
        <translation>Con pago vencido o suspendidas</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <source>No payments in the last %n month(s).</source>
        <translation>
            <numerusform>No hay pagos en el último %n mes.</numerusform>
            <numerusform>No hay pagos en los últimos %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Choose a pub, or select a row above.</source>
        <translation>Elija un pub o seleccione una fila de arriba.</translation>
    </message>
    <message>
        <source>No subscription.</source>
        <translation>Sin suscripción.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Un&amp;comp…</source>
        <translation>&amp;Quitar bonificación…</translation>
    </message>
    <message>
        <source>Offer &amp;Again</source>
        <translation>&amp;Ofrecer de nuevo</translation>
    </message>
    <message>
        <source>Make “%1” free of charge? It becomes active, is never suspended and never charged.</source>
        <translation>¿Hacer gratuito «%1»? Pasará a estar activo y nunca se suspenderá ni se cobrará.</translation>
    </message>
    <message>
        <source>Charge for “%1” again from its next payment on?</source>
        <translation>¿Volver a cobrar por «%1» a partir de su próximo pago?</translation>
    </message>
    <message>
        <source>Comp Pub</source>
        <translation>Bonificar pub</translation>
    </message>
    <message>
        <source>Uncomp Pub</source>
        <translation>Quitar bonificación del pub</translation>
    </message>
    <message>
        <source>Could not comp the pub</source>
        <translation>No se pudo bonificar el pub</translation>
    </message>
    <message>
        <source>Could not uncomp the pub</source>
        <translation>No se pudo quitar la bonificación del pub</translation>
    </message>
    <message>
        <source>Cancel Subscription</source>
        <translation>Cancelar suscripción</translation>
    </message>
    <message>
        <source>Cancel the subscription of “%1”? Its owner must subscribe again to keep the pub.</source>
        <translation>¿Cancelar la suscripción de «%1»? Su propietario tendrá que suscribirse de nuevo para conservar el pub.</translation>
    </message>
    <message>
        <source>Could not cancel the subscription</source>
        <translation>No se pudo cancelar la suscripción</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingPlanChooser</name>
    <message>
        <source>Payment &amp;token:</source>
        <translation>&amp;Token de pago:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Payment token from Stripe</source>
        <translation>Token de pago de Stripe</translation>
    </message>
    <message>
        <source>tok_… or pm_…</source>
        <translation>tok_… o pm_…</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>What the pub costs and how much memory it may use</source>
        <translation>Lo que cuesta el pub y cuánta memoria puede usar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No plan is offered right now. Please ask the operator.</source>
        <translation>Ahora no se ofrece ningún plan. Consulte al operador.</translation>
    </message>
    <message>
        <source>No plan is offered right now.</source>
        <translation>Ahora no se ofrece ningún plan.</translation>
    </message>
    <message numerus="yes">
        <source>Free for the first %n day(s); then %1. You can pay once the trial runs.</source>
        <translation>
            <numerusform>Gratis durante el primer %n día; después, %1. Podrá pagar una vez iniciado el periodo de prueba.</numerusform>
            <numerusform>Gratis durante los primeros %n días; después, %1. Podrá pagar una vez iniciado el periodo de prueba.</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan is free.</source>
        <translation>Este plan es gratuito.</translation>
    </message>
    <message>
        <source>You pay on Stripe&apos;s own secure page: enter your card there and paste the token it gives you (it starts with tok_ or pm_). ButtCloud never sees your card number.</source>
        <translation>Usted paga en la propia página segura de Stripe: escriba allí su tarjeta y pegue el token que le dé (empieza por tok_ o pm_). ButtCloud nunca ve el número de su tarjeta.</translation>
    </message>
    <message>
        <source>The operator sends you an invoice for %1; the pub starts right away.</source>
        <translation>El operador le enviará una factura por %1; el pub se inicia de inmediato.</translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingService</name>
    <message>
        <source>Free trial</source>
        <translation>Prueba gratuita</translation>
    </message>
    <message>
        <source>Paid up</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation>Pago vencido</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>This pub is free of charge (granted by the operator).</source>
        <translation>Este pub es gratuito (concedido por el operador).</translation>
    </message>
    <message>
        <source>The free trial ends on %1; the first payment is due then.</source>
        <translation>La prueba gratuita termina el %1; ese día vence el primer pago.</translation>
    </message>
    <message>
        <source>The pub is in its free trial.</source>
        <translation>El pub está en su periodo de prueba gratuita.</translation>
    </message>
    <message>
        <source>Paid up. The next payment is due on %1.</source>
        <translation>Al día. El próximo pago vence el %1.</translation>
    </message>
    <message>
        <source>Paid up.</source>
        <translation>Al día.</translation>
    </message>
    <message>
        <source>A payment failed. The pub keeps running until %1; pay before then to keep it up.</source>
        <translation>Un pago ha fallado. El pub sigue en marcha hasta el %1; pague antes para mantenerlo activo.</translation>
    </message>
    <message>
        <source>A payment failed. Pay soon to keep the pub running.</source>
        <translation>Un pago ha fallado. Pague pronto para mantener el pub en marcha.</translation>
    </message>
    <message>
        <source>The pub is stopped because a payment is overdue. Its data is kept; paying starts it again.</source>
        <translation>El pub está detenido porque hay un pago vencido. Sus datos se conservan; al pagar se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>The subscription has ended. Subscribe again to keep using the pub.</source>
        <translation>La suscripción ha terminado. Suscríbase de nuevo para seguir usando el pub.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Pago fallido</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>al año</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>al mes</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, the first %n day(s) free</source>
        <translation>
            <numerusform>%1, el primer %n día gratis</numerusform>
            <numerusform>%1, los primeros %n días gratis</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste the token Stripe&apos;s payment page gave you.</source>
        <translation>Pegue el token que le dio la página de pago de Stripe.</translation>
    </message>
    <message>
        <source>That looks like a card number. Never type a card number here: enter it on Stripe&apos;s page and paste the token it gives you.</source>
        <translation>Eso parece un número de tarjeta. Nunca escriba aquí un número de tarjeta: introdúzcalo en la página de Stripe y pegue el token que le dé.</translation>
    </message>
    <message>
        <source>A token from Stripe starts with tok_ or pm_.</source>
        <translation>Un token de Stripe empieza por tok_ o pm_.</translation>
    </message>
    <message>
        <source>%1 in trial · %2 paid up · %3 overdue · %4 suspended · %5 canceled · %6 free of charge</source>
        <translation>%1 en prueba · %2 al día · %3 con pago vencido · %4 suspendidas · %5 canceladas · %6 gratuitas</translation>
    </message>
    <message>
        <source>This pub already has a subscription.</source>
        <translation>Este pub ya tiene una suscripción.</translation>
    </message>
    <message>
        <source>Only an overdue subscription&apos;s grace period can be extended, and only into the future.</source>
        <translation>Solo se puede ampliar el plazo de gracia de una suscripción con pago vencido, y solo hacia el futuro.</translation>
    </message>
    <message>
        <source>A payment can be recorded by hand only when the server bills offline (with Stripe, payments come from Stripe) and for a subscription that is not canceled.</source>
        <translation>Solo se puede registrar un pago a mano cuando el servidor factura sin conexión (con Stripe, los pagos llegan desde Stripe) y para una suscripción que no esté cancelada.</translation>
    </message>
    <message>
        <source>A plan with that name exists already.</source>
        <translation>Ya existe un plan con ese nombre.</translation>
    </message>
</context>
<context>
    <name>buttcloud::BulkCommandDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message numerus="yes">
        <source>Run a Command on %n Pub(s)</source>
        <translation>
            <numerusform>Ejecutar un comando en %n pub</numerusform>
            <numerusform>Ejecutar un comando en %n pubs</numerusform>
        </translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Run the command on the chosen pubs</source>
        <translation>Ejecutar el comando en los pubs elegidos</translation>
    </message>
    <message>
        <source>Results per pub</source>
        <translation>Resultados por pub</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Comando:</translation>
    </message>
    <message numerus="yes">
        <source>Succeeded on %1 of %n pub(s).</source>
        <translation>
            <numerusform>Correcto en %1 de %n pub.</numerusform>
            <numerusform>Correcto en %1 de %n pubs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the commands…</source>
        <translation>Cargando los comandos…</translation>
    </message>
    <message>
        <source>Your account may run no read-only command on several pubs.</source>
        <translation>Su cuenta no puede ejecutar ningún comando de solo lectura en varios pubs.</translation>
    </message>
    <message numerus="yes">
        <source>%n pub(s) chosen.</source>
        <translation>
            <numerusform>%n pub elegido.</numerusform>
            <numerusform>%n pubs elegidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Ejecutando %1…</translation>
    </message>
    <message>
        <source>Run a Command on the Pubs of %1</source>
        <translation>Ejecutar un comando en los pubs de %1</translation>
    </message>
    <message>
        <source>Every pub on %1.</source>
        <translation>Todos los pubs de %1.</translation>
    </message>
</context>
<context>
    <name>buttcloud::BulkCommandModel</name>
    <message>
        <source>Running…</source>
        <translation>En ejecución…</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Código de salida %1</translation>
    </message>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
</context>
<context>
    <name>buttcloud::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>Change password message</source>
        <translation>Mensaje del cambio de contraseña</translation>
    </message>
    <message>
        <source>Change Your Password</source>
        <translation>Cambiar su contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repetir la nueva contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Cambiando la contraseña…</translation>
    </message>
</context>
<context>
    <name>buttcloud::ClientApp</name>
    <message>
        <source>Cannot Remember You</source>
        <translation>No se puede recordar su sesión</translation>
    </message>
</context>
<context>
    <name>buttcloud::ClientSettings</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>buttcloud::CommandConsole</name>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Copy Output</source>
        <translation>Copiar salida</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Copy Invite</source>
        <translation>Copiar invitación</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>What the command does</source>
        <translation>Qué hace el comando</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Problem with the arguments</source>
        <translation>Problema con los argumentos</translation>
    </message>
    <message>
        <source>Run the command</source>
        <translation>Ejecutar el comando</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Salida del comando</translation>
    </message>
    <message>
        <source>Copy the output</source>
        <translation>Copiar la salida</translation>
    </message>
    <message>
        <source>Commands run</source>
        <translation>Comandos ejecutados</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Copy the invite</source>
        <translation>Copiar la invitación</translation>
    </message>
    <message>
        <source>Invite as a QR code</source>
        <translation>Invitación como código QR</translation>
    </message>
    <message>
        <source>The output of a command appears here.</source>
        <translation>Aquí aparece la salida de un comando.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Could not load the commands: %1</source>
        <translation>No se pudieron cargar los comandos: %1</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 a %3)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatorio):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1: debe ser un número entero</translation>
    </message>
    <message>
        <source>The command was not run: %1</source>
        <translation>El comando no se ejecutó: %1</translation>
    </message>
    <message>
        <source>
[timed out]</source>
        <translation>
[tiempo agotado]</translation>
    </message>
    <message>
        <source>
[exit code %1]</source>
        <translation>
[código de salida %1]</translation>
    </message>
</context>
<context>
    <name>buttcloud::CommandHistoryModel</name>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>salida %1</translation>
    </message>
    <message>
        <source>no exit code</source>
        <translation>sin código de salida</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
</context>
<context>
    <name>buttcloud::CommandService</name>
    <message>
        <source>%1 changes the pub: only read-only commands run on several pubs at once</source>
        <translation>%1 modifica el pub: en varios pubs a la vez solo se ejecutan comandos de solo lectura</translation>
    </message>
    <message>
        <source>Choose 1 to %1 pubs</source>
        <translation>Elija de 1 a %1 pubs</translation>
    </message>
</context>
<context>
    <name>buttcloud::CreateAccountDialog</name>
    <message>
        <source>&amp;Create Account</source>
        <translation>&amp;Crear cuenta</translation>
    </message>
    <message>
        <source>New account message</source>
        <translation>Mensaje de la nueva cuenta</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>someone@example.org</source>
        <translation>alguien@example.org</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Language of the mails</source>
        <translation>Idioma de los correos</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Predeterminado del servidor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Mail &amp;language:</source>
        <translation>&amp;Idioma de los correos:</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
</context>
<context>
    <name>buttcloud::CreatePubDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>New Pub</source>
        <translation>Nuevo pub</translation>
    </message>
    <message>
        <source>Pub name</source>
        <translation>Nombre del pub</translation>
    </message>
    <message>
        <source>e.g. my-pub</source>
        <translation>p. ej. mi-pub</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>Create pub</source>
        <translation>Crear pub</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens; up to %1 characters. The name is part of the pub&apos;s address and cannot be changed later.</source>
        <translation>Letras minúsculas, dígitos y guiones; hasta %1 caracteres. El nombre forma parte de la dirección del pub y no se puede cambiar después.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>buttcloud::CustodyService</name>
    <message>
        <source>Subscription canceled</source>
        <translation>Suscripción cancelada</translation>
    </message>
    <message>
        <source>The pub is being deleted or moved; it cannot be exported now.</source>
        <translation>El pub se está eliminando o trasladando; no se puede exportar ahora.</translation>
    </message>
    <message>
        <source>This export can no longer be downloaded: an export is downloaded once, within an hour of being made. Export the pub again.</source>
        <translation>Esta exportación ya no se puede descargar: una exportación se descarga una sola vez, dentro de la hora siguiente a su creación. Vuelva a exportar el pub.</translation>
    </message>
    <message>
        <source>That pub name is taken.</source>
        <translation>Ese nombre de pub ya está en uso.</translation>
    </message>
    <message>
        <source>The pub is being deleted, or it is already being moved, exported or imported; try again when that has finished.</source>
        <translation>El pub se está eliminando, o ya se está trasladando, exportando o importando; inténtelo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>This backup is gone: it expired or was deleted.</source>
        <translation>Esta copia de seguridad ya no existe: caducó o se eliminó.</translation>
    </message>
</context>
<context>
    <name>buttcloud::EventStream</name>
    <message>
        <source>Live updates are off.</source>
        <translation>Las actualizaciones en vivo están desactivadas.</translation>
    </message>
    <message>
        <source>Connecting to live updates…</source>
        <translation>Conectando con las actualizaciones en vivo…</translation>
    </message>
    <message>
        <source>Renewing the sign-in for live updates…</source>
        <translation>Renovando el inicio de sesión para las actualizaciones en vivo…</translation>
    </message>
    <message>
        <source>Live updates are offline.</source>
        <translation>Las actualizaciones en vivo están sin conexión.</translation>
    </message>
    <message>
        <source>Live updates are offline: %1</source>
        <translation>Las actualizaciones en vivo están sin conexión: %1</translation>
    </message>
</context>
<context>
    <name>buttcloud::ExtendGraceDialog</name>
    <message>
        <source>Extend the Grace Period of %1</source>
        <translation>Ampliar el plazo de gracia de %1</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Grace period ends</source>
        <translation>Fin del plazo de gracia</translation>
    </message>
    <message>
        <source>The pub keeps running until then; unpaid after it, it is suspended.</source>
        <translation>El pub sigue en marcha hasta entonces; si después sigue sin pagarse, se suspende.</translation>
    </message>
    <message>
        <source>Grace &amp;ends:</source>
        <translation>&amp;Fin del plazo de gracia:</translation>
    </message>
</context>
<context>
    <name>buttcloud::FileChooser</name>
    <message>
        <source>ButtCloud pub archives (*.bcpub);;All files (*)</source>
        <translation>Archivos de pub de ButtCloud (*.bcpub);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>buttcloud::HubService</name>
    <message>
        <source>Choose the private key file.</source>
        <translation>Elija el archivo de clave privada.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an SSH private key.</source>
        <translation>%1 es demasiado grande para ser una clave privada SSH.</translation>
    </message>
    <message>
        <source>%1 is not an OpenSSH private key (ed25519, no passphrase).</source>
        <translation>%1 no es una clave privada OpenSSH (ed25519, sin frase de contraseña).</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Uniéndose</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inalcanzable</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Vaciándose</translation>
    </message>
    <message>
        <source>Drained</source>
        <translation>Vaciado</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>%1 pubs on %2 hubs: %3 of %4 reserved (%5 %), %6 free. Cost per pub: %7 a month.</source>
        <translation>%1 pubs en %2 hubs: %3 de %4 reservados (%5 %), %6 libres. Coste por pub: %7 al mes.</translation>
    </message>
    <message>
        <source>Observed: a pub uses up to %1 (p95); with %2 % headroom a hub holds %3 pubs, %4 a month each.</source>
        <translation>Observado: un pub usa hasta %1 (p95); con un %2 % de margen un hub admite %3 pubs, a %4 al mes cada uno.</translation>
    </message>
    <message numerus="yes">
        <source>Plan: add %n hub(s)</source>
        <translation>
            <numerusform>Plan: añadir %n hub</numerusform>
            <numerusform>Plan: añadir %n hubs</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan: remove %1</source>
        <translation>Plan: eliminar %1</translation>
    </message>
    <message>
        <source>Plan: no change</source>
        <translation>Plan: sin cambios</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>With %n more pub(s): %1 hubs needed, %2 to add.</source>
        <translation>
            <numerusform>Con %n pub más: %1 hubs necesarios, %2 por añadir.</numerusform>
            <numerusform>Con %n pubs más: %1 hubs necesarios, %2 por añadir.</numerusform>
        </translation>
    </message>
    <message>
        <source>A hub with that name or address exists already.</source>
        <translation>Ya existe un hub con ese nombre o esa dirección.</translation>
    </message>
    <message>
        <source>Only a drained hub without pubs can be removed. Drain it first and wait until its pubs have moved.</source>
        <translation>Solo se puede eliminar un hub vaciado y sin pubs. Vacíelo primero y espere a que sus pubs se hayan trasladado.</translation>
    </message>
</context>
<context>
    <name>buttcloud::HubsModel</name>
    <message>
        <source>Host key %1</source>
        <translation>Clave de host %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>SSH address</source>
        <translation>Dirección SSH</translation>
    </message>
    <message>
        <source>Pubs</source>
        <translation>Pubs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>buttcloud::HubsPage</name>
    <message>
        <source>&amp;Add Hub…</source>
        <translation>&amp;Añadir hub…</translation>
    </message>
    <message>
        <source>Add a hub</source>
        <translation>Añadir un hub</translation>
    </message>
    <message>
        <source>&amp;Drain…</source>
        <translation>&amp;Vaciar…</translation>
    </message>
    <message>
        <source>Drain the selected hub</source>
        <translation>Vaciar el hub seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Remove the selected hub</source>
        <translation>Eliminar el hub seleccionado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the hubs</source>
        <translation>Actualizar los hubs</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Memory reserved and free per hub</source>
        <translation>Memoria reservada y libre por hub</translation>
    </message>
    <message>
        <source>Memory per hub (GiB)</source>
        <translation>Memoria por hub (GiB)</translation>
    </message>
    <message>
        <source>How many more pubs</source>
        <translation>Cuántos pubs más</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>&amp;What if there were</source>
        <translation>¿&amp;Y si hubiera</translation>
    </message>
    <message>
        <source>more pubs?</source>
        <translation>pubs más?</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Drain Hub</source>
        <translation>Vaciar hub</translation>
    </message>
    <message numerus="yes">
        <source>Drain the hub “%1”? Its %n pub(s) move to other hubs and it takes no new ones.</source>
        <translation>
            <numerusform>¿Vaciar el hub «%1»? Su %n pub se traslada a otros hubs y no admitirá nuevos.</numerusform>
            <numerusform>¿Vaciar el hub «%1»? Sus %n pubs se trasladan a otros hubs y no admitirá nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not drain the hub</source>
        <translation>No se pudo vaciar el hub</translation>
    </message>
    <message>
        <source>Remove Hub</source>
        <translation>Eliminar hub</translation>
    </message>
    <message>
        <source>Remove the hub “%1” from the swarm? The machine itself is left as it is.</source>
        <translation>¿Eliminar el hub «%1» del enjambre? La máquina en sí queda como está.</translation>
    </message>
    <message>
        <source>Could not remove the hub</source>
        <translation>No se pudo eliminar el hub</translation>
    </message>
    <message>
        <source>Run &amp;Command…</source>
        <translation>Ejecutar &amp;comando…</translation>
    </message>
    <message>
        <source>Run a read-only command on every pub of the selected hub</source>
        <translation>Ejecutar un comando de solo lectura en cada pub del hub seleccionado</translation>
    </message>
</context>
<context>
    <name>buttcloud::ImportPubDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the archive file</source>
        <translation>Elegir el archivo del pub</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problema con la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the pub</source>
        <translation>Importar el pub</translation>
    </message>
    <message>
        <source>Import Pub</source>
        <translation>Importar pub</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Archivo del pub</translation>
    </message>
    <message>
        <source>Name of the new pub</source>
        <translation>Nombre del nuevo pub</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progreso de la subida</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Hub to restore the pub on</source>
        <translation>Hub en el que restaurar el pub</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <source>Wherever the server chooses</source>
        <translation>Donde elija el servidor</translation>
    </message>
    <message>
        <source>The pub keeps the identity (feed id) of the archive. Archives are made by “Export…” on a pub.</source>
        <translation>El pub conserva la identidad (id. de feed) del archivo. Los archivos se crean con «Exportar…» en un pub.</translation>
    </message>
    <message>
        <source>Choose a Pub Archive</source>
        <translation>Elegir un archivo de pub</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
</context>
<context>
    <name>buttcloud::InvoicesModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Pagado mediante</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
</context>
<context>
    <name>buttcloud::Job</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Create pub</source>
        <translation>Crear pub</translation>
    </message>
    <message>
        <source>Start pub</source>
        <translation>Iniciar pub</translation>
    </message>
    <message>
        <source>Stop pub</source>
        <translation>Detener pub</translation>
    </message>
    <message>
        <source>Update pub</source>
        <translation>Actualizar pub</translation>
    </message>
    <message>
        <source>Delete pub</source>
        <translation>Eliminar pub</translation>
    </message>
    <message>
        <source>Remove orphaned service</source>
        <translation>Eliminar servicio huérfano</translation>
    </message>
    <message>
        <source>Join hub</source>
        <translation>Unir hub</translation>
    </message>
    <message>
        <source>Drain hub</source>
        <translation>Vaciar hub</translation>
    </message>
    <message>
        <source>Remove hub</source>
        <translation>Eliminar hub</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: falló: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3, attempt %4 of %5)</source>
        <translation>%1: %2 (%3, intento %4 de %5)</translation>
    </message>
    <message>
        <source>Remove canceled pub (data kept)</source>
        <translation>Eliminar pub cancelado (datos conservados)</translation>
    </message>
    <message>
        <source>Export pub</source>
        <translation>Exportar pub</translation>
    </message>
    <message>
        <source>Import pub</source>
        <translation>Importar pub</translation>
    </message>
    <message>
        <source>Roll out image</source>
        <translation>Desplegar imagen</translation>
    </message>
    <message>
        <source>Move pub</source>
        <translation>Trasladar pub</translation>
    </message>
</context>
<context>
    <name>buttcloud::JobProgressTracker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>buttcloud::JobService</name>
    <message>
        <source>Service missing</source>
        <translation>Falta el servicio</translation>
    </message>
    <message>
        <source>Should run or stop</source>
        <translation>Debería ejecutarse o detenerse</translation>
    </message>
    <message>
        <source>Spec drift</source>
        <translation>Especificación desviada</translation>
    </message>
    <message>
        <source>Orphaned service</source>
        <translation>Servicio huérfano</translation>
    </message>
    <message>
        <source>Hub lost</source>
        <translation>Hub perdido</translation>
    </message>
    <message>
        <source>Only failed or canceled jobs can be retried.</source>
        <translation>Solo se pueden reintentar los trabajos fallidos o cancelados.</translation>
    </message>
    <message>
        <source>The job has already finished.</source>
        <translation>El trabajo ya ha terminado.</translation>
    </message>
</context>
<context>
    <name>buttcloud::JobsModel</name>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>%1 (cancel requested)</source>
        <translation>%1 (cancelación solicitada)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>buttcloud::JobsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the jobs</source>
        <translation>Actualizar los trabajos</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry the selected job</source>
        <translation>Reintentar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Cancelar trabajo</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Cancelar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Load &amp;Older</source>
        <translation>Cargar más &amp;antiguos</translation>
    </message>
    <message>
        <source>Load older jobs</source>
        <translation>Cargar trabajos más antiguos</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>Comprobar &amp;ahora</translation>
    </message>
    <message>
        <source>Compute the reconcile plan now</source>
        <translation>Calcular ahora el plan de conciliación</translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation>Mostrar trabajos en el estado</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Show jobs of kind</source>
        <translation>Mostrar trabajos del tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Reconcile plan</source>
        <translation>Plan de conciliación</translation>
    </message>
    <message>
        <source>Checked %1: the swarm matches the desired state.</source>
        <translation>Comprobado %1: el enjambre coincide con el estado deseado.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1: %n difference(s).</source>
        <translation>
            <numerusform>Comprobado %1: %n diferencia.</numerusform>
            <numerusform>Comprobado %1: %n diferencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue and history</source>
        <translation>Cola e historial</translation>
    </message>
    <message>
        <source>Reconcile plan (dry run)</source>
        <translation>Plan de conciliación (simulación)</translation>
    </message>
</context>
<context>
    <name>buttcloud::LogLinesModel</name>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <source>This line was longer and has been cut.</source>
        <translation>Esta línea era más larga y se ha recortado.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
</context>
<context>
    <name>buttcloud::MainWindow</name>
    <message>
        <source>ButtCloud</source>
        <translation>ButtCloud</translation>
    </message>
    <message>
        <source>&amp;New Pub…</source>
        <translation>&amp;Nuevo pub…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Pub</source>
        <translation>&amp;Pub</translation>
    </message>
    <message>
        <source>Pubs</source>
        <translation>Pubs</translation>
    </message>
    <message>
        <source>Filter pubs</source>
        <translation>Filtrar pubs</translation>
    </message>
    <message>
        <source>Filter by name, address or status</source>
        <translation>Filtrar por nombre, dirección o estado</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) to %3</source>
        <translation>Sesión de %1 (%2) en %3</translation>
    </message>
    <message>
        <source>Pub %1 is being created.</source>
        <translation>Se está creando el pub %1.</translation>
    </message>
    <message>
        <source>Could not start the pub</source>
        <translation>No se pudo iniciar el pub</translation>
    </message>
    <message>
        <source>Could not stop the pub</source>
        <translation>No se pudo detener el pub</translation>
    </message>
    <message>
        <source>Delete Pub</source>
        <translation>Eliminar pub</translation>
    </message>
    <message>
        <source>Delete the pub “%1”? Its peers will no longer reach it at %2.</source>
        <translation>¿Eliminar el pub «%1»? Sus pares ya no lo alcanzarán en %2.</translation>
    </message>
    <message>
        <source>Also delete its data (identity, messages and invites): this cannot be undone</source>
        <translation>Eliminar también sus datos (identidad, mensajes e invitaciones): no se puede deshacer</translation>
    </message>
    <message>
        <source>Could not delete the pub</source>
        <translation>No se pudo eliminar el pub</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>support</source>
        <translation>soporte</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Run &amp;Command…</source>
        <translation>Ejecutar &amp;comando…</translation>
    </message>
    <message>
        <source>Run a read-only command on the selected pubs</source>
        <translation>Ejecutar un comando de solo lectura en los pubs seleccionados</translation>
    </message>
    <message>
        <source>&amp;Pubs</source>
        <translation>&amp;Pubs</translation>
    </message>
    <message>
        <source>&amp;Hubs</source>
        <translation>&amp;Hubs</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>Registro de a&amp;uditoría</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Your email address is verified.</source>
        <translation>Su correo electrónico está verificado.</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Facturación</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Cambiar con&amp;traseña…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;About ButtCloud</source>
        <translation>&amp;Acerca de ButtCloud</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Your password is changed; every other sign-in of your account has ended.</source>
        <translation>Su contraseña se ha cambiado; todas las demás sesiones de su cuenta han terminado.</translation>
    </message>
    <message>
        <source>&amp;Rollouts</source>
        <translation>&amp;Despliegues</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Despliegues</translation>
    </message>
</context>
<context>
    <name>buttcloud::MovePubDialog</name>
    <message>
        <source>Move problem</source>
        <translation>Problema con el traslado</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Trasladar</translation>
    </message>
    <message>
        <source>Move the pub</source>
        <translation>Trasladar el pub</translation>
    </message>
    <message>
        <source>Move Pub to Hub</source>
        <translation>Trasladar pub a un hub</translation>
    </message>
    <message>
        <source>Hub to move the pub to</source>
        <translation>Hub al que trasladar el pub</translation>
    </message>
    <message>
        <source>Move “%1” with its identity and data to another hub. It is stopped while its data is copied, and its old copy is removed only once it answers on the new hub.</source>
        <translation>Trasladar «%1» con su identidad y sus datos a otro hub. El pub se detiene mientras se copian sus datos, y su copia antigua solo se elimina cuando responde en el nuevo hub.</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
</context>
<context>
    <name>buttcloud::NewPlanDialog</name>
    <message>
        <source>New Plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>&amp;Create Plan</source>
        <translation>&amp;Crear plan</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Billed every</source>
        <translation>Facturado cada</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Free trial days</source>
        <translation>Días de prueba gratuita</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Memory per pub in MiB</source>
        <translation>Memoria por pub en MiB</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation>El predeterminado del servidor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Precio:</translation>
    </message>
    <message>
        <source>Free &amp;trial:</source>
        <translation>Prueba &amp;gratuita:</translation>
    </message>
    <message>
        <source>&amp;Memory per pub:</source>
        <translation>&amp;Memoria por pub:</translation>
    </message>
    <message>
        <source>Price, currency and interval cannot change later: retire the plan and make a new one.</source>
        <translation>El precio, la moneda y el intervalo no se pueden cambiar después: retire el plan y cree uno nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Type the price in %1 with at most %n decimal(s).</source>
        <translation>
            <numerusform>Escriba el precio en %1 con %n decimal como máximo.</numerusform>
            <numerusform>Escriba el precio en %1 con %n decimales como máximo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>buttcloud::NewRolloutDialog</name>
    <message>
        <source>&amp;Every pub</source>
        <translation>&amp;Todos los pubs</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n pub(s) &amp;selected in the pubs list</source>
        <translation>
            <numerusform>Solo el %n pub &amp;seleccionado en la lista de pubs</numerusform>
            <numerusform>Solo los %n pubs &amp;seleccionados en la lista de pubs</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout problem</source>
        <translation>Problema con el despliegue</translation>
    </message>
    <message>
        <source>S&amp;tart Rollout</source>
        <translation>&amp;Iniciar despliegue</translation>
    </message>
    <message>
        <source>New Rollout</source>
        <translation>Nuevo despliegue</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>e.g. buttcloud/pub:16.0.2</source>
        <translation>p. ej. buttcloud/pub:16.0.2</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <source>Pause between batches in seconds</source>
        <translation>Pausa entre lotes en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Every pub</source>
        <translation>Todos los pubs</translation>
    </message>
    <message>
        <source>Only the selected pubs</source>
        <translation>Solo los pubs seleccionados</translation>
    </message>
    <message>
        <source>Start the rollout</source>
        <translation>Iniciar el despliegue</translation>
    </message>
    <message>
        <source>Pubs are updated a batch at a time, each keeping its identity; a pub that fails is rolled back and pauses the rollout.</source>
        <translation>Los pubs se actualizan por lotes y cada uno conserva su identidad; si un pub falla, se revierte y el despliegue se pausa.</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>I&amp;magen:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Tamaño del &amp;lote:</translation>
    </message>
    <message>
        <source>&amp;Pause between batches:</source>
        <translation>&amp;Pausa entre lotes:</translation>
    </message>
    <message>
        <source>Pubs:</source>
        <translation>Pubs:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>An image is written name:tag, e.g. buttcloud/pub:16.0.2: lowercase letters, digits, dots, hyphens and slashes in the name.</source>
        <translation>Una imagen se escribe nombre:etiqueta, p. ej. buttcloud/pub:16.0.2: letras minúsculas, dígitos, puntos, guiones y barras en el nombre.</translation>
    </message>
</context>
<context>
    <name>buttcloud::OfflineBanner</name>
    <message>
        <source>Live updates status</source>
        <translation>Estado de las actualizaciones en vivo</translation>
    </message>
    <message>
        <source>%1 Figures and statuses may be out of date; reconnecting…</source>
        <translation>%1 Las cifras y estados pueden estar desactualizados; reconectando…</translation>
    </message>
</context>
<context>
    <name>buttcloud::PasswordResetDialog</name>
    <message>
        <source>&amp;Send Reset Link</source>
        <translation>&amp;Enviar enlace</translation>
    </message>
    <message>
        <source>I &amp;Have a Link</source>
        <translation>&amp;Ya tengo un enlace</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>Password reset message</source>
        <translation>Mensaje del restablecimiento de contraseña</translation>
    </message>
    <message>
        <source>Reset Your Password</source>
        <translation>Restablecer su contraseña</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>usted@example.org</translation>
    </message>
    <message>
        <source>Enter a reset link you already got by mail.</source>
        <translation>Escriba un enlace para restablecer que ya recibió por correo.</translation>
    </message>
    <message>
        <source>Reset link</source>
        <translation>Enlace para restablecer</translation>
    </message>
    <message>
        <source>buttcloud://reset-password?token=…</source>
        <translation>buttcloud://reset-password?token=…</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repetir la nueva contraseña</translation>
    </message>
    <message>
        <source>Enter the email address of your account. If it has one, the server mails a link to set a new password.</source>
        <translation>Escriba el correo electrónico de su cuenta. Si tiene una, el servidor le envía un enlace para elegir una contraseña nueva.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Reset &amp;link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Paste the link from the password reset mail, or the code after token=.</source>
        <translation>Pegue el enlace del correo para restablecer la contraseña, o el código que sigue a token=.</translation>
    </message>
    <message>
        <source>Choose a new password for your account.</source>
        <translation>Elija una contraseña nueva para su cuenta.</translation>
    </message>
    <message>
        <source>Check your mail. If %1 has an account, a link to reset its password is on its way; it works for an hour. Paste the link or the code after token= here.</source>
        <translation>Revise su correo. Si %1 tiene una cuenta, va en camino un enlace para restablecer su contraseña; sirve durante una hora. Pegue aquí el enlace o el código que sigue a token=.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PastDueModel</name>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Grace ends</source>
        <translation>Fin del plazo de gracia</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe adeudado</translation>
    </message>
</context>
<context>
    <name>buttcloud::PlansModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>Prueba gratuita</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubAlertNotifier</name>
    <message>
        <source>Pub %1 ran out of memory</source>
        <translation>El pub %1 se quedó sin memoria</translation>
    </message>
    <message>
        <source>Docker stopped the pub “%1” because it used all of its memory. %2</source>
        <translation>Docker detuvo el pub «%1» porque usó toda su memoria. %2</translation>
    </message>
    <message>
        <source>Pub %1 is down</source>
        <translation>El pub %1 está caído</translation>
    </message>
    <message>
        <source>The pub “%1” stopped while it should run.</source>
        <translation>El pub «%1» se detuvo cuando debería estar en marcha.</translation>
    </message>
    <message>
        <source>The pub “%1” stopped while it should run: %2</source>
        <translation>El pub «%1» se detuvo cuando debería estar en marcha: %2</translation>
    </message>
    <message>
        <source>More pubs are in trouble</source>
        <translation>Hay más pubs con problemas</translation>
    </message>
    <message>
        <source>Several pubs went down within a minute; the pubs list shows which.</source>
        <translation>Varios pubs se cayeron en menos de un minuto; la lista de pubs muestra cuáles.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubCustodyActions</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Import Pub…</source>
        <translation>I&amp;mportar pub…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to Hub…</source>
        <translation>&amp;Trasladar a un hub…</translation>
    </message>
    <message>
        <source>Save the pub&apos;s identity and data to an archive file</source>
        <translation>Guardar la identidad y los datos del pub en un archivo</translation>
    </message>
    <message>
        <source>Make a pub from an archive file, keeping its identity</source>
        <translation>Crear un pub a partir de un archivo, conservando su identidad</translation>
    </message>
    <message>
        <source>Move the pub with its identity and data to another hub</source>
        <translation>Trasladar el pub con su identidad y sus datos a otro hub</translation>
    </message>
    <message>
        <source>Could not export the pub</source>
        <translation>No se pudo exportar el pub</translation>
    </message>
    <message>
        <source>The export of “%1” did not finish.</source>
        <translation>La exportación de «%1» no terminó.</translation>
    </message>
    <message>
        <source>The export of “%1” failed: %2</source>
        <translation>La exportación de «%1» falló: %2</translation>
    </message>
    <message>
        <source>Save the Archive of %1</source>
        <translation>Guardar el archivo de %1</translation>
    </message>
    <message>
        <source>The archive of %1 was not saved; export the pub again to save it later.</source>
        <translation>El archivo de %1 no se guardó; vuelva a exportar el pub para guardarlo más tarde.</translation>
    </message>
    <message>
        <source>Saving the archive of %1: %2 of %3</source>
        <translation>Guardando el archivo de %1: %2 de %3</translation>
    </message>
    <message>
        <source>Saving the archive of %1: %2</source>
        <translation>Guardando el archivo de %1: %2</translation>
    </message>
    <message>
        <source>Could not save the archive</source>
        <translation>No se pudo guardar el archivo</translation>
    </message>
    <message>
        <source>The archive of %1 is saved to %2. Keep it private: it holds the pub&apos;s identity.</source>
        <translation>El archivo de %1 se ha guardado en %2. Manténgalo en privado: contiene la identidad del pub.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubLogFeed</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubLogView</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Search the lines</source>
        <translation>Buscar en las líneas</translation>
    </message>
    <message>
        <source>Search the log lines</source>
        <translation>Buscar en las líneas del registro</translation>
    </message>
    <message>
        <source>Pause following the log</source>
        <translation>Dejar de seguir el registro</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all shown</source>
        <translation>Copiar las líneas seleccionadas, o todas las mostradas</translation>
    </message>
    <message>
        <source>Save the shown lines to a file</source>
        <translation>Guardar las líneas mostradas en un archivo</translation>
    </message>
    <message>
        <source>Read the newest lines again</source>
        <translation>Volver a leer las líneas más recientes</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Líneas del registro</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Could not read the log: %1</source>
        <translation>No se pudo leer el registro: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new line(s) waiting.</source>
        <translation>
            <numerusform>En pausa: %n línea nueva en espera.</numerusform>
            <numerusform>En pausa: %n líneas nuevas en espera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s) of %1.</source>
        <translation>
            <numerusform>%n línea coincidente de %1.</numerusform>
            <numerusform>%n líneas coincidentes de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following live: %n line(s).</source>
        <translation>
            <numerusform>Siguiendo en vivo: %n línea.</numerusform>
            <numerusform>Siguiendo en vivo: %n líneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>pub-log.txt</source>
        <translation>registro-pub.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Could not save the log</source>
        <translation>No se pudo guardar el registro</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubName</name>
    <message numerus="yes">
        <source>A name has at most %n characters.</source>
        <translation>
            <numerusform>Un nombre tiene como máximo %n carácter.</numerusform>
            <numerusform>Un nombre tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>Use only lowercase letters a-z, digits and hyphens.</source>
        <translation>Use solo minúsculas a-z, dígitos y guiones.</translation>
    </message>
    <message>
        <source>A name cannot start or end with a hyphen.</source>
        <translation>Un nombre no puede empezar ni terminar con guion.</translation>
    </message>
    <message>
        <source>Enter a valid name.</source>
        <translation>Escriba un nombre válido.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubPage</name>
    <message>
        <source>%1 — ButtCloud</source>
        <translation>%1 — ButtCloud</translation>
    </message>
    <message>
        <source>Pub sections</source>
        <translation>Secciones del pub</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Co&amp;mmands</source>
        <translation>Co&amp;mandos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 % of one core</source>
        <translation>%1 % de un núcleo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>Registr&amp;os</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>Pinned to hub</source>
        <translation>Fijado al hub</translation>
    </message>
    <message>
        <source>None: any node may run it</source>
        <translation>Ninguno: cualquier nodo puede ejecutarlo</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubService</name>
    <message>
        <source>That pub name is taken.</source>
        <translation>Ese nombre de pub ya está en uso.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubTimelineView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation>Cargar &amp;más antiguas</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Mostrar entradas de</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Read the newest entries again</source>
        <translation>Volver a leer las entradas más recientes</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Cargar entradas más antiguas</translation>
    </message>
    <message>
        <source>Timeline status</source>
        <translation>Estado de la cronología</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Entradas de la cronología</translation>
    </message>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation>No se pudo leer la cronología: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n entrada mostrada.</numerusform>
            <numerusform>%n entradas mostradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>buttcloud::PubWebLinks</name>
    <message>
        <source>Landing page</source>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <source>Web view</source>
        <translation>Vista web</translation>
    </message>
    <message>
        <source>Git repositories</source>
        <translation>Repositorios Git</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubsModel</name>
    <message>
        <source>Not deployed</source>
        <translation>Sin desplegar</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Deteniendo</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Pinned to hub %1</source>
        <translation>Fijado al hub %1</translation>
    </message>
</context>
<context>
    <name>buttcloud::ReconcilePlanModel</name>
    <message>
        <source>%1 (would be queued)</source>
        <translation>%1 (se pondría en cola)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Pub or service</source>
        <translation>Pub o servicio</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>handled by job %1</source>
        <translation>gestionado por la tarea %1</translation>
    </message>
</context>
<context>
    <name>buttcloud::RecordPaymentDialog</name>
    <message>
        <source>Record a Payment for %1</source>
        <translation>Registrar un pago para %1</translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation>&amp;Registrar pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>e.g. bank transfer of 24 November</source>
        <translation>p. ej. transferencia bancaria del 24 de noviembre</translation>
    </message>
    <message>
        <source>A payment received outside ButtCloud (e.g. a bank transfer). It is recorded as a paid invoice and a suspended pub starts again.</source>
        <translation>Un pago recibido fuera de ButtCloud (p. ej. una transferencia bancaria). Se registra como factura pagada y un pub suspendido se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as EUR.</source>
        <translation>La moneda es un código de tres letras, como EUR.</translation>
    </message>
    <message numerus="yes">
        <source>Type the amount in %1 with at most %n decimal(s), e.g. %2.</source>
        <translation>
            <numerusform>Escriba el importe en %1 con %n decimal como máximo, p. ej. %2.</numerusform>
            <numerusform>Escriba el importe en %1 con %n decimales como máximo, p. ej. %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>buttcloud::RevenueModel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
</context>
<context>
    <name>buttcloud::RolloutPubsModel</name>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From image</source>
        <translation>Imagen de origen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>buttcloud::RolloutService</name>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Actualizando</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Another rollout is still running or paused: stop it or let it finish first.</source>
        <translation>Otro despliegue sigue en curso o en pausa: deténgalo o deje que termine primero.</translation>
    </message>
    <message>
        <source>The rollout is not running.</source>
        <translation>El despliegue no está en curso.</translation>
    </message>
    <message>
        <source>The rollout is not paused.</source>
        <translation>El despliegue no está en pausa.</translation>
    </message>
    <message>
        <source>The rollout has already ended.</source>
        <translation>El despliegue ya ha terminado.</translation>
    </message>
</context>
<context>
    <name>buttcloud::RolloutsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>buttcloud::RolloutsPage</name>
    <message>
        <source>&amp;New Rollout…</source>
        <translation>&amp;Nuevo despliegue…</translation>
    </message>
    <message>
        <source>Start a new rollout</source>
        <translation>Iniciar un despliegue nuevo</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause the selected rollout</source>
        <translation>Pausar el despliegue seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume the selected rollout</source>
        <translation>Reanudar el despliegue seleccionado</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>&amp;Detener…</translation>
    </message>
    <message>
        <source>Stop the selected rollout</source>
        <translation>Detener el despliegue seleccionado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the rollouts</source>
        <translation>Actualizar los despliegues</translation>
    </message>
    <message>
        <source>Rollouts problem</source>
        <translation>Problema con los despliegues</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Despliegues</translation>
    </message>
    <message>
        <source>Pubs of the selected rollout</source>
        <translation>Pubs del despliegue seleccionado</translation>
    </message>
    <message>
        <source>Selected rollout</source>
        <translation>Despliegue seleccionado</translation>
    </message>
    <message>
        <source>No rollouts yet.</source>
        <translation>Aún no hay despliegues.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 of %n pub(s) updated, %4 at a time, %5 s between batches.</source>
        <translation>
            <numerusform>%1: %2; actualizados %3 de %n pub, %4 a la vez, %5 s entre lotes.</numerusform>
            <numerusform>%1: %2; actualizados %3 de %n pubs, %4 a la vez, %5 s entre lotes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not pause the rollout</source>
        <translation>No se pudo pausar el despliegue</translation>
    </message>
    <message>
        <source>Could not resume the rollout</source>
        <translation>No se pudo reanudar el despliegue</translation>
    </message>
    <message>
        <source>Stop Rollout</source>
        <translation>Detener despliegue</translation>
    </message>
    <message>
        <source>Stop the rollout of %1? Pubs already updated keep the new image; the others keep theirs.</source>
        <translation>¿Detener el despliegue de %1? Los pubs ya actualizados conservan la imagen nueva; los demás conservan la suya.</translation>
    </message>
    <message>
        <source>Could not stop the rollout</source>
        <translation>No se pudo detener el despliegue</translation>
    </message>
</context>
<context>
    <name>buttcloud::Session</name>
    <message>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>No keychain is available, so ButtCloud cannot remember you. You will need to sign in next time.</source>
        <translation>No hay llavero disponible, así que ButtCloud no puede recordarle. Tendrá que iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so ButtCloud cannot remember you. You will need to sign in next time.</source>
        <translation>No hay llavero disponible (%1), así que ButtCloud no puede recordarle. Tendrá que iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
</context>
<context>
    <name>buttcloud::SettingsDialog</name>
    <message>
        <source>Tell me on the desktop when a pub goes &amp;down or runs out of memory</source>
        <translation>Avisarme en el escritorio cuando un pub se &amp;caiga o se quede sin memoria</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>S&amp;witch To</source>
        <translation>Cam&amp;biar a</translation>
    </message>
    <message>
        <source>Server profile message</source>
        <translation>Mensaje de perfiles de servidor</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The windows are rebuilt in the new language when you press OK; open pub windows close.</source>
        <translation>Las ventanas se reconstruyen en el nuevo idioma al pulsar Aceptar; las ventanas de pubs abiertas se cierran.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Perfiles de servidor</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>e.g. Fleet, Home</source>
        <translation>p. ej. Flota, Casa</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>https://buttcloud.example.org</source>
        <translation>https://buttcloud.example.org</translation>
    </message>
    <message>
        <source>Sign out and sign in to this server</source>
        <translation>Cerrar sesión e iniciar sesión en este servidor</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>%1 — %2 (current)</source>
        <translation>%1 — %2 (actual)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The address must be an http:// or https:// URL of a ButtCloud server.</source>
        <translation>La dirección debe ser una URL http:// o https:// de un servidor ButtCloud.</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Perfil «%1» guardado.</translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation>Perfil «%1» eliminado.</translation>
    </message>
</context>
<context>
    <name>buttcloud::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to ButtCloud</source>
        <translation>Iniciar sesión en ButtCloud</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>usted@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain, never the password.</source>
        <translation>Guarda un token de sesión en el llavero del sistema, nunca la contraseña.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation>Escriba la dirección del servidor, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Escriba el correo electrónico de su cuenta.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>¿Ol&amp;vidó su contraseña?</translation>
    </message>
    <message>
        <source>Your password is changed and every earlier sign-in ended. Sign in with the new password.</source>
        <translation>Su contraseña se ha cambiado y todas las sesiones anteriores han terminado. Inicie sesión con la nueva contraseña.</translation>
    </message>
    <message>
        <source>Your email address is verified. Sign in to continue.</source>
        <translation>Su correo electrónico está verificado. Inicie sesión para continuar.</translation>
    </message>
</context>
<context>
    <name>buttcloud::StatsChartsView</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>Pause live charts</source>
        <translation>Pausar los gráficos en vivo</translation>
    </message>
    <message>
        <source>Export the shown samples as CSV</source>
        <translation>Exportar las muestras mostradas como CSV</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>Valores bajo el ratón</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Intervalo:</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>% of one core</source>
        <translation>% de un núcleo</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usada</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>E/S de bloque</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume live charts</source>
        <translation>Reanudar los gráficos en vivo</translation>
    </message>
    <message>
        <source>Export Samples</source>
        <translation>Exportar muestras</translation>
    </message>
    <message>
        <source>pub-stats.csv</source>
        <translation>estadisticas-pub.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the samples</source>
        <translation>No se pudieron exportar las muestras</translation>
    </message>
    <message>
        <source>%1 · CPU %2 % · Memory %3 of %4 · Network ↓ %5/s ↑ %6/s · Disk read %7/s, write %8/s</source>
        <translation>%1 · CPU %2 % · Memoria %3 de %4 · Red ↓ %5/s ↑ %6/s · Disco lectura %7/s, escritura %8/s</translation>
    </message>
</context>
<context>
    <name>buttcloud::StatsCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>buttcloud::SubscribeDialog</name>
    <message>
        <source>Subscribe %1</source>
        <translation>Suscribir %1</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Suscribir</translation>
    </message>
</context>
<context>
    <name>buttcloud::SubscriptionsModel</name>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Próximo pago</translation>
    </message>
    <message>
        <source>Grace ends</source>
        <translation>Fin del plazo de gracia</translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation>Sin suscripción</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 (free of charge)</source>
        <translation>%1 (sin cargo)</translation>
    </message>
</context>
<context>
    <name>buttcloud::TimelineModel</name>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>buttcloud::UsersModel</name>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Email not verified</source>
        <translation>Correo sin verificar</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
</context>
<context>
    <name>buttcloud::VerifyEmailBanner</name>
    <message>
        <source>Email verification</source>
        <translation>Verificación del correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verificar…</translation>
    </message>
    <message>
        <source>Verify email address</source>
        <translation>Verificar el correo electrónico</translation>
    </message>
    <message>
        <source>Your email address %1 is not verified yet. Open the link in the welcome mail, or choose Verify… and paste it.</source>
        <translation>Su correo electrónico %1 aún no está verificado. Abra el enlace del correo de bienvenida, o elija «Verificar…» y péguelo.</translation>
    </message>
</context>
<context>
    <name>buttcloud::VerifyEmailDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verification message</source>
        <translation>Mensaje de verificación</translation>
    </message>
    <message>
        <source>Verify Your Email Address</source>
        <translation>Verificar su correo electrónico</translation>
    </message>
    <message>
        <source>Paste the link from the welcome mail, or the code after token=.</source>
        <translation>Pegue el enlace del correo de bienvenida, o el código que sigue a token=.</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>Enlace de verificación</translation>
    </message>
    <message>
        <source>buttcloud://verify-email?token=…</source>
        <translation>buttcloud://verify-email?token=…</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run Scuttlebutt pubs on ButtCloud.</source>
        <translation>Ejecute pubs de Scuttlebutt en ButtCloud.</translation>
    </message>
    <message>
        <source>Sign in to the server at &lt;url&gt;.</source>
        <translation>Iniciar sesión en el servidor en &lt;url&gt;.</translation>
    </message>
    <message>
        <source>A link from a ButtCloud mail (buttcloud://verify-email?token=... or buttcloud://reset-password?token=...) to open.</source>
        <translation>Un enlace de un correo de ButtCloud (buttcloud://verify-email?token=... o buttcloud://reset-password?token=...) que abrir.</translation>
    </message>
</context>
</TS>
