import { z } from "zod";
import { schemaMessage } from "@/shared/schema-message";

/** Settings fields shared by catalog items; `.meta` titles label the generated forms. */
export const timeOfDay = (title: string, fallback: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, schemaMessage(`${title} is a time like 19:30.`))
    .default(fallback)
    .meta({ title });

export const languageCode = (title: string, fallback: string) =>
  z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, schemaMessage(`${title} is a language code like en or pt-BR.`))
    .default(fallback)
    .meta({ title });

export const toggle = (title: string, fallback: boolean, description?: string) => z.boolean().default(fallback).meta({ title, description });

export const choice = <const T extends readonly [string, ...string[]]>(title: string, options: T, fallback: T[number], description?: string) =>
  z.enum(options).default(fallback).meta({ title, description });

export const wholeNumber = (title: string, min: number, max: number, fallback: number, unit?: string) =>
  z
    .number(schemaMessage(`${title} must be a number.`))
    .int(schemaMessage(`${title} must be a whole number.`))
    .min(min, schemaMessage(`${title} is at least ${min}.`))
    .max(max, schemaMessage(`${title} is at most ${max}.`))
    .default(fallback)
    .meta({ title, description: unit ? `in ${unit}` : undefined });

export const choices = <const T extends readonly [string, ...string[]]>(title: string, options: T, fallback: T[number][], min = 0) =>
  z
    .array(z.enum(options))
    .min(min, schemaMessage(`Choose at least ${min} for ${title}.`))
    .max(options.length)
    .refine((list) => new Set(list).size === list.length, schemaMessage(`${title} lists an option twice.`))
    .default(fallback)
    .meta({ title });

export const shortText = (title: string, max: number, fallback = "") =>
  z.string().trim().max(max, schemaMessage(`${title} is at most ${max} characters.`)).default(fallback).meta({ title });
