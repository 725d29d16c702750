/**
 * Translation of SCIM filter trees and sort orders into SQL with bound parameters, per resource
 * type. Values are never concatenated into the SQL text.
 */
package dev.roster.persistence.scim;
