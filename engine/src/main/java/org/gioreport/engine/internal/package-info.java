/**
 * The engine's internals: public for this project's command line, Spark job and tools, not for services, and free
 * to change in any release. A service uses {@code org.gioreport.engine} and {@code org.gioreport.engine.batch}.
 */
package org.gioreport.engine.internal;
