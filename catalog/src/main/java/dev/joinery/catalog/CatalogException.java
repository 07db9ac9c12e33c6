package dev.joinery.catalog;

/** The catalog database could not be read or written; the message says which and why. */
public final class CatalogException extends RuntimeException {
  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }

  public CatalogException(String message) {
    super(message);
  }
}
