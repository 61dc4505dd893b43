'use strict'
// Entrypoint of the ButtCloud pub image. The image has no shell, so this small script does what a
// shell entrypoint would: turn the container's environment into ~/.ssb/config, then run
// `ssb-server start` in this same process (one node process, so `docker stop` signals reach it).
// ssb-viewer and git-ssb-web run inside that same process as ssb-server plugins, so the store keeps
// one owner and there is nothing to supervise (docs/pub-web.md says why).
//
//   SSB_PORT           net+shs port the pub listens on and puts in invites (default 8008)
//   SSB_WS_PORT        websocket port (default 8989)
//   SSB_VIEWER_PORT    HTTP port of ssb-viewer, the read-only web view (default 8807)
//   SSB_GIT_WEB_PORT   HTTP port of git-ssb-web, read-only (default 7718)
//   SSB_EXTERNAL_HOST  host name or IPv4 address peers reach the pub at (default: the container's
//                      host name)

const fs = require('fs')
const net = require('net')
const os = require('os')
const path = require('path')

function fail (message) {
  console.error('pub-entrypoint: ' + message)
  process.exit(2)
}

function portFromEnv (name, fallback) {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  if (!/^[0-9]{1,5}$/.test(raw)) fail(name + ' must be a port number from 1 to 65535, got "' + raw + '"')
  const port = Number(raw)
  if (port < 1 || port > 65535) fail(name + ' must be a port number from 1 to 65535, got "' + raw + '"')
  return port
}

// RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens.
function isHostName (value) {
  if (value.length > 253) return false
  return value.split('.').every(label => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label))
}

function externalHostFromEnv () {
  const raw = process.env.SSB_EXTERNAL_HOST
  const host = raw === undefined || raw === '' ? os.hostname() : raw
  // Legacy invites are "host:port:key": an IPv6 literal would make them ambiguous.
  if (net.isIPv6(host)) fail('SSB_EXTERNAL_HOST must be a host name or an IPv4 address, not IPv6 "' + host + '"')
  if (!net.isIPv4(host) && !isHostName(host)) fail('SSB_EXTERNAL_HOST is not a valid host name: "' + host + '"')
  return host
}

const privateRanges = new net.BlockList()
for (const [prefix, bits] of [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['127.0.0.0', 8],
  ['169.254.0.0', 16], ['100.64.0.0', 10]]) {
  privateRanges.addSubnet(prefix, bits, 'ipv4')
}

// ssb-invite refuses to make invites for private or loopback addresses unless told they are wanted;
// a pub on a LAN or a developer machine does want them.
function isPrivateHost (host) {
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  return net.isIPv4(host) && privateRanges.check(host, 'ipv4')
}

function buildConfig ({ port, wsPort, viewerPort, gitWebPort, externalHost }) {
  const everyScope = ['device', 'local', 'public']
  return {
    connections: {
      incoming: {
        net: [{ host: '0.0.0.0', port, scope: everyScope, transform: 'shs', external: externalHost }],
        ws: [{ host: '0.0.0.0', port: wsPort, scope: everyScope, transform: 'shs', external: externalHost }]
      },
      outgoing: {
        net: [{ transform: 'shs' }],
        ws: [{ transform: 'shs' }]
      }
    },
    // A container has no LAN worth announcing itself on.
    local: false,
    gossip: { local: false },
    allowPrivate: isPrivateHost(externalHost),
    logging: { level: 'info' },
    // Both web plugins listen on every interface: the hub ingress reaches them over the overlay
    // network; no port of theirs is published on the host.
    viewer: { host: '0.0.0.0', port: viewerPort },
    'git-ssb-web': { host: '0.0.0.0', port: gitWebPort }
  }
}

// Write next to the target and rename, so a crash never leaves a half-written config behind.
function writeConfig (directory, config) {
  fs.mkdirSync(directory, { recursive: true, mode: 0o700 })
  const target = path.join(directory, 'config')
  const temporary = target + '.tmp'
  fs.writeFileSync(temporary, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 })
  fs.renameSync(temporary, target)
}

function portsFromEnv () {
  const ports = {
    port: portFromEnv('SSB_PORT', 8008),
    wsPort: portFromEnv('SSB_WS_PORT', 8989),
    viewerPort: portFromEnv('SSB_VIEWER_PORT', 8807),
    gitWebPort: portFromEnv('SSB_GIT_WEB_PORT', 7718)
  }
  const names = { port: 'SSB_PORT', wsPort: 'SSB_WS_PORT', viewerPort: 'SSB_VIEWER_PORT', gitWebPort: 'SSB_GIT_WEB_PORT' }
  const seen = new Map()
  for (const key of Object.keys(ports)) {
    if (seen.has(ports[key])) fail(seen.get(ports[key]) + ' and ' + names[key] + ' must differ, both are ' + ports[key])
    seen.set(ports[key], names[key])
  }
  return ports
}

// One plugin that starts both web views once every other plugin has added its methods to the
// server's API (git-ssb-web calls gossip.ping as it starts; ssb-server's own plugins come later in
// the list). The configs they get are read-only: git-ssb-web's `public` refuses every POST, so
// nobody can publish as the pub through it; ssb-viewer only serves GET and HEAD.
function webPlugin (config) {
  return {
    name: 'buttcloud-web',
    version: '1',
    manifest: {},
    init (api) {
      setImmediate(() => {
        require('ssb-viewer').init(api, config)
        require('git-ssb-web').init(api, Object.assign({}, config, { public: true, appname: 'ssb' }))
      })
      return {}
    }
  }
}

// The identity exists before anything can ask for it: a `ssb-server whoami` run by the health check or
// an operator during a first start would otherwise race the server to create the secret (whoever
// loses dies with EEXIST, the server included).
function ensureIdentity (secretPath) {
  const keys = require('ssb-keys')
  try {
    keys.loadOrCreateSync(secretPath)
  } catch (error) {
    if (error.code !== 'EEXIST') throw error
    keys.loadSync(secretPath) // created by someone else a moment ago: it is whole, written in one go
  }
}

function main () {
  if (process.argv.length > 2) fail('takes no arguments; configure the pub with SSB_PORT, SSB_WS_PORT, SSB_VIEWER_PORT, SSB_GIT_WEB_PORT and SSB_EXTERNAL_HOST')

  const ports = portsFromEnv()
  const externalHost = externalHostFromEnv()

  const home = os.homedir()
  if (!home) fail('HOME is not set')
  const config = buildConfig(Object.assign({ externalHost }, ports))
  writeConfig(path.join(home, '.ssb'), config)
  ensureIdentity(path.join(home, '.ssb', 'secret'))
  console.log('pub-entrypoint: listening on ' + ports.port + ' (net) and ' + ports.wsPort + ' (ws), invites for ' +
    externalHost + ':' + ports.port + '; viewer on ' + ports.viewerPort + ', git web on ' + ports.gitWebPort)

  // bin.js builds its server from this same module (require caches it), so a plugin added here is
  // started with it.
  require('ssb-server').use(webPlugin(config))

  // bin.js reads its command from argv; running it here keeps a single process.
  process.argv = [process.argv[0], require.resolve('ssb-server/bin.js'), 'start']
  require('ssb-server/bin.js')
}

main()
