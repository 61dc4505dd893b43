<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
</context>
<context>
    <name>buttcloud::ClientApp</name>
    <message>
        <source>Cannot Remember You</source>
        <translation>No se puede recordar su sesión</translation>
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
</context>
<context>
    <name>buttcloud::PubService</name>
    <message>
        <source>That pub name is taken.</source>
        <translation>Ese nombre de pub ya está en uso.</translation>
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
    <name>main</name>
    <message>
        <source>Run Scuttlebutt pubs on ButtCloud.</source>
        <translation>Ejecute pubs de Scuttlebutt en ButtCloud.</translation>
    </message>
    <message>
        <source>Sign in to the server at &lt;url&gt;.</source>
        <translation>Iniciar sesión en el servidor en &lt;url&gt;.</translation>
    </message>
</context>
</TS>
