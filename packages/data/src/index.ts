/**
 * `@gongbao/data` — 《长治市人民政府公报》2024年第3期（总第27期） as typed, validated data.
 *
 * @packageDocumentation
 */
export { meta } from './meta.js';
