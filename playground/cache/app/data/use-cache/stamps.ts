"use cache";
// File-level 'use cache': every exported async function is cached, here with a
// custom profile from next.config and a tag.
import { cacheLife, cacheTag } from "next/cache";
import { bump } from "../_lib/counters";

export async function fileStamp(name: string) {
  cacheLife("brief");
  cacheTag("uc-file");
  return `${name}:${bump(`file:${name}`)}`;
}
