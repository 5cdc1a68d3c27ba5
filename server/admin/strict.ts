// Refuses unknown fields in PATCH bodies: Type.Partial drops the additionalProperties:false of the object it wraps.
import { Type, type TProperties, type TObject } from 'typebox';

/**
 * The contract's update schemas are Type.Partial(Type.Object(..., { additionalProperties: false })),
 * and Partial does not carry the option over; so a misspelt field ("nmae") would be ignored
 * silently and the request answered 200. Re-wrapping the same properties restores the check.
 */
export function strict<T extends TProperties>(schema: TObject<T>): TObject<T> {
  return Type.Object(schema.properties, { additionalProperties: false });
}
