// A messaging platform as the chat layer sees it: what it can show, how a reply is rendered for
// it, how it is sent. Each adapter registers its channel here, so the chat layer can reach a
// platform other than the one an update came from (an official's answer, given on Telegram,
// goes to a citizen on Zalo) without importing the adapters.
import type { Env } from "../../src/env.ts";
import type { Sender } from "./delivery.ts";
import type { Features } from "./texts.ts";
import type { Platform, Reply, Target } from "./types.ts";

export interface Channel<M = unknown> extends Sender<M> {
  features: Features;
  /** The reply as the platform's messages, each within its length limit. */
  render(reply: Reply, target: Target): M[];
  /** "typing…", when the platform has it. */
  typing?(target: Target, signal: AbortSignal): Promise<unknown>;
}

const factories = new Map<Platform, (env: Env) => Channel | null>();

/** Called once by each adapter's module. */
export function registerChannel(platform: Platform, factory: (env: Env) => Channel | null): void {
  factories.set(platform, factory);
}

/** The platform's channel for this env, or null when it is not configured. */
export function channelFor(platform: Platform, env: Env): Channel | null {
  return factories.get(platform)?.(env) ?? null;
}
