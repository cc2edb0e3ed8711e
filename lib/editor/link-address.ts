/**
 * Which addresses the link checker may ask. It runs in CI on URLs that editors (or a hostile pull
 * request) wrote, so it asks only https addresses of public hosts: never the runner itself, its
 * network or a cloud metadata service. Tests of the checker against a local server set
 * LINK_CHECK_TEST_LOOPBACK=1 in their own environment, which no content file can do; it admits
 * http and the loopback addresses, nothing else.
 */
import { BlockList, isIP } from 'node:net'

const internal = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  internal.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  internal.addSubnet(net, prefix, 'ipv6')

const loopback = new BlockList()
loopback.addSubnet('127.0.0.0', 8, 'ipv4')
loopback.addAddress('::1', 'ipv6')

export interface AddressPolicy {
  /** Why a URL is not asked, or undefined when it may be. */
  refuseUrl: (url: URL) => string | undefined
  /** Why a resolved address is not asked, or undefined when it may be. */
  refuseAddress: (address: string) => string | undefined
}

function mappedV4(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return m ? m[1]! : address
}

function inList(list: BlockList, address: string): boolean {
  const a = mappedV4(address)
  const family = isIP(a)
  return family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6')
}

/** Public https hosts only; with `allowLoopback` (tests), also http and 127.0.0.1/::1. */
export function addressPolicy({ allowLoopback = false } = {}): AddressPolicy {
  return {
    refuseUrl: (url) => {
      if (url.protocol === 'https:') return undefined
      if (allowLoopback && url.protocol === 'http:') return undefined
      return `not an https address (${url.protocol})`
    },
    refuseAddress: (address) => {
      if (allowLoopback && inList(loopback, address)) return undefined
      return inList(internal, address) ? `resolves to an internal address (${address}), which the checker does not ask` : undefined
    },
  }
}

/** The policy for this process: loopback only when the test variable is set. */
export function policyFromEnv(env: NodeJS.ProcessEnv = process.env): AddressPolicy {
  return addressPolicy({ allowLoopback: env.LINK_CHECK_TEST_LOOPBACK === '1' })
}
