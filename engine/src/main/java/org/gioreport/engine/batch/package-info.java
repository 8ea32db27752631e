/**
 * Many files to one output, as a library call: {@link org.gioreport.engine.batch.FileBatch} gives every input
 * exactly one record, resumes an interrupted run and keeps a second run off the same output; the types its API
 * exposes ({@link org.gioreport.engine.batch.RecordFormat} and its JSON Lines form, {@link
 * org.gioreport.engine.batch.Outcome}, {@link org.gioreport.engine.batch.InputFailures},
 * {@link org.gioreport.engine.batch.BatchSetupException}) are here too. Its parts are in
 * {@code org.gioreport.engine.internal.batch}.
 */
package org.gioreport.engine.batch;
