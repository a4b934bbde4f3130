package org.cadregraph.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.cadregraph.extract.model.ExtractionException;

/**
 * The OpenNLP English models (sentence detector, tokenizer, part-of-speech tagger, from the
 * opennlp-models-*-en jars on the classpath), loaded once per process at the edge and handed to the
 * analyzers. The models are immutable and thread-safe.
 */
public record NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {

  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  public NlpModels {
    if (sentences == null || tokens == null || pos == null) {
      throw new ExtractionException("all three OpenNLP models are needed");
    }
  }

  /** Loads the three models from the classpath; throws naming the model that is missing. */
  public static NlpModels fromClasspath() {
    ClassLoader loader = NlpModels.class.getClassLoader();
    try (InputStream sentences = open(loader, SENTENCE_MODEL);
        InputStream tokens = open(loader, TOKEN_MODEL);
        InputStream pos = open(loader, POS_MODEL)) {
      return new NlpModels(
          new SentenceModel(sentences), new TokenizerModel(tokens), new POSModel(pos));
    } catch (IOException e) {
      throw new ExtractionException("cannot load the OpenNLP models: " + e.getMessage(), e);
    }
  }

  private static InputStream open(ClassLoader loader, String name) {
    InputStream in = loader.getResourceAsStream(name);
    if (in == null) {
      throw new ExtractionException(
          "OpenNLP model "
              + name
              + " is not on the classpath; "
              + "add org.apache.opennlp:opennlp-models-*-en:1.3.0");
    }
    return in;
  }
}
