package vn.motcua.engine.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.io.InputStreamSource;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Camunda's BPMN parse validated against the BPMN 2.0 schema compiled once, instead of once per model.
 * Camunda hands the schema to its SAX parser by location, so every parse compiled BPMN20.xsd and its
 * imports again: 60 % of deploying the 1,084 procedure models at a first start, and of the first use
 * of each model after a restart, went into reading XSD files (JFR, docs/measurements.md). Every model
 * is still validated against the same schema, with the same problems reported; then Camunda parses it
 * as before, without the schema. Documents are read with doctype declarations and external entities
 * refused, as Camunda's own parser does.
 */
@Component
class CompiledSchemaBpmnParse extends AbstractProcessEnginePlugin {

    /**
     * Compiled when a model is first parsed, not when the engine is configured: a restart whose
     * models are unchanged parses none, and compiling is 0.2 s of a cold JVM's main thread.
     */
    private static final class Bpmn20 {
        static final Schema SCHEMA = compile();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBpmnParseFactory(Validated::new);
    }

    private static Schema compile() {
        URL location = BpmnParser.class.getClassLoader().getResource(BpmnParser.BPMN_20_SCHEMA_LOCATION);
        if (location == null) {
            throw new IllegalStateException("Camunda's BPMN 2.0 schema is missing: " + BpmnParser.BPMN_20_SCHEMA_LOCATION);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the schema imports its parts (semantic, DI, DC) from beside it, inside Camunda's jar:
            // a file, a jar on the class path, or a jar nested in MotCua's own (Spring Boot's
            // "nested:" URLs); nothing over a network
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
            return factory.newSchema(location);
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot compile Camunda's BPMN 2.0 schema", e);
        }
    }

    /**
     * Camunda's SAX parser settings (namespaces with their prefixes; doctype and external entities as
     * the engine's XXE setting says) without validation: Camunda's own parser validates whenever it
     * parses, and without a schema location it would look for a DTD.
     */
    static final class SchemaFreeParser extends Parser {

        static final SchemaFreeParser INSTANCE = new SchemaFreeParser();
        /** SAX parser factories are not thread-safe; Camunda keeps one per thread as well. */
        private static final ThreadLocal<SAXParserFactory> FACTORY = ThreadLocal.withInitial(() -> {
            try {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setValidating(false);
                factory.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
                return factory;
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("Cannot configure an XML parser", e);
            }
        });

        @Override
        public Parse createParse() {
            throw new UnsupportedOperationException("only used by parses created by Camunda's BpmnParser");
        }

        @Override
        protected SAXParser getSaxParser() throws Exception {
            SAXParserFactory factory = FACTORY.get();
            setXxeProcessing(factory);
            return factory.newSAXParser();
        }
    }

    /** Validates with the compiled schema, then lets Camunda parse without one. */
    static final class Validated extends BpmnParse {

        Validated(BpmnParser parser) {
            super(parser);
        }

        @Override
        public BpmnParse execute() {
            if (schemaResource != null && streamSource != null) {
                schemaResource = null;
                parser = SchemaFreeParser.INSTANCE;
                byte[] document = read();
                streamSource = new InputStreamSource(new ByteArrayInputStream(document));
                validate(document);
            }
            return super.execute();
        }

        private byte[] read() {
            try (InputStream in = streamSource.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read BPMN resource " + name, e);
            }
        }

        /**
         * Schema errors and warnings become this parse's problems, as when Camunda validates. A document
         * that is not well-formed is left to Camunda's own parse, which reports it (once).
         */
        private void validate(byte[] document) {
            try {
                validatingParser().parse(new ByteArrayInputStream(document), new DefaultHandler() {
                    @Override
                    public void error(SAXParseException e) {
                        addError(e);
                    }

                    @Override
                    public void warning(SAXParseException e) {
                        addWarning(e);
                    }

                    @Override
                    public void fatalError(SAXParseException e) throws SAXParseException {
                        throw e;
                    }
                });
            } catch (SAXException | IOException notWellFormed) {
                // reported by Camunda's parse that follows
            }
        }

        private static SAXParser validatingParser() {
            try {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
                factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                factory.setSchema(Bpmn20.SCHEMA);
                return factory.newSAXParser();
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("Cannot create a validating XML parser", e);
            }
        }
    }
}
