/**
 * Reading another system's JSON into Minutebook values without losing a word: {@link
 * io.github.minutebook.json.source.JsonSource} reads an object's values by JSON Pointer, remembers
 * which were used, and lists the rest as not carried.
 *
 * <p>This package serves Minutebook's own importers (OParl, Legistar); on the module path it is
 * exported to them only (a qualified export), and it may change in any release.
 */
@NullMarked
package io.github.minutebook.json.source;

import org.jspecify.annotations.NullMarked;
